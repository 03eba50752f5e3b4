"""Labelled set devset72 (issue 17): acts with consequences and their look-alikes.

About half of the cases are real acts: leaving the network (new mail and replies to any of our mails), AVG erasure
requests, hand-overs to a named successor with address, plain denials under the confirmation mail, and confirmations
of the sign-up. The other half look like such an act but must not become one: unsubscribing from something else
(another newsletter, a meeting series, a working group, the reminder mails only), leaving a job while keeping the
membership or transferring it later, questions about data and requests to see one's data, reports that a colleague
left, "afmelden" for the atelier only, complaints that mention an earlier leave, mails forwarded by a colleague who
asks the secretariat what to do, conditional leaves, and out-of-office replies that mention a departure.

Conventions relied on (the secretariat's view):
- A plain denial under our confirmation mail ("ik heb me niet aangemeld", "dit was ik niet"): `unsubscribe`. A denial
  that asks where we got the address: `other`.
- Leaving the network and declining the atelier in one mail: `unsubscribe`. A decline that keeps the membership:
  `rsvp` False. A director who cannot come but sends a substitute: `rsvp` False.
- A named successor taking over the seat (with their address): `unsubscribe` (hand-over). A colleague reporting that
  someone left: `other`.
- An AVG erasure request anywhere: `unsubscribe` with `erase` True. A request to see one's data: `other`.
- A mail that changes an earlier answer carries the latest answer. A yes or a leave on a condition the secretariat
  must answer first, or a request plus a real question to the secretariat: `other`.
- Requests for someone else, address changes, thanks and complaints: `other`.
- `body` is the writer's own text; an inline answer holds our quoted lines itself and has no `quoted`.
- `thread` is what the thread lookup returns (None for a new mail, a forward, or a client that dropped the headers).
"""

from __future__ import annotations

from typing import Any

# fmt: off
CASES: list[dict[str, Any]] = [
    # ------------------------------------------------------------------ leaving the network (real)
    {
        "id": "d72-leave-01", "kind": "unsubscribe", "erase": False, "thread": None,
        "sender": "Jelle Hoekstra <j.hoekstra@werkorganisatie-noordwest.nl>", "subject": "afmelden",
        "body": """
Graag afmelden.

Met vriendelijke groet,
Jelle Hoekstra
""",
    },
    {
        "id": "d72-leave-02", "kind": "unsubscribe", "erase": False, "thread": None,
        "sender": "mr. drs. A.M. (Annemarie) van Tilburg <a.vantilburg@grensmaasgemeenten.nl>",
        "subject": "Opzegging lidmaatschap",
        "body": """
Geacht secretariaat,

Hierbij zeg ik mijn lidmaatschap van het Netwerk van directeuren van ambtelijke fusieorganisaties op.
Ik dank u voor de prettige contacten in de afgelopen jaren.

Hoogachtend,

mr. drs. A.M. van Tilburg
algemeen directeur
Werkorganisatie Grensmaasgemeenten
""",
    },
    {
        "id": "d72-leave-03", "kind": "unsubscribe", "erase": False, "thread": "welcome",
        "quoted": "welkom", "quote": "outlook-nl",
        "sender": "Roel Verbeek <r.verbeek@dekempen-samen.nl>",
        "body": """
Beste Stan en Melanie,

Dank voor het welkom. Bij nader inzien past het netwerk toch niet goed bij mijn huidige rol.
Wilt u mij weer uitschrijven?

Groet,
Roel Verbeek
""",
    },
    {
        "id": "d72-leave-04", "kind": "unsubscribe", "erase": False, "thread": "invitation",
        "sender": "Gerda Smeenk <g.smeenk@hof-van-twente-dinkelland.nl>",
        "subject": "RE: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid "
                   "[atelier:2027-1]",
        "body": """
> Komt u? Beantwoord deze e-mail met "ja, ik kom" of "nee, helaas". Neemt u iemand mee, vermeld dan met hoeveel
> personen u komt.

Nee. En ik wil ook geen berichten van het netwerk meer ontvangen, dus schrijf me maar helemaal uit.

> Graag uw antwoord vóór 2 maart 2027.

Bij dezen.

Gerda Smeenk
""",
    },
    {
        "id": "d72-leave-05", "kind": "unsubscribe", "erase": False, "thread": "reminder",
        "quoted": "herinnering_atelier", "quote": "outlook-lijn",
        "sender": "Piet Kruithof <p.kruithof@werkorganisatie-bbr.nl>",
        "body": """
Goedemiddag,

Ik kom donderdag niet. Haal me ook maar van de ledenlijst: per 1 maart ben ik met pensioen.

Hartelijke groet,
Piet Kruithof
""",
    },
    {
        "id": "d72-leave-06", "kind": "unsubscribe", "erase": False, "thread": "call_for_themes",
        "quoted": "oproep_themas", "quote": "gmail",
        "sender": "Saskia Mulder <saskia.mulder72@gmail.com>",
        "body": """
Hoi,

Geen onderwerpen van mijn kant. Ik stop met het netwerk, dus graag afmelden.

Saskia
""",
    },
    {
        "id": "d72-leave-07", "kind": "unsubscribe", "erase": False, "thread": "call_for_themes",
        "quoted": "vervolg_atelier", "quote": "outlook-nl",
        "sender": "Hans Oosterhuis <h.oosterhuis@oldambt-pekela.nl>",
        "body": """
Beste Melanie,

Dank voor het verslag, het was weer een mooie middag. Het was wel mijn laatste atelier: ik vertrek deze
maand bij de organisatie en meld me hierbij af als lid van het netwerk.

Het ga jullie goed!
Hans
""",
    },
    {
        "id": "d72-leave-08", "kind": "unsubscribe", "erase": False, "thread": "invitation",
        "quoted": "bevestiging_rsvp", "quote": "apple",
        "sender": "Bart Jansen <b.jansen@servicepunt-west.nl>",
        "body": """
Haal me maar van de wachtlijst en meteen ook uit het netwerk. Ik heb er eerlijk gezegd geen tijd meer voor.

Bart

Verstuurd vanaf mijn iPhone
""",
    },
    {
        "id": "d72-leave-09", "kind": "unsubscribe", "erase": False, "thread": None,
        "sender": "Claire Dubois <claire.dubois@outlook.com>", "subject": "Unsubscribe",
        "body": """
Hello,

Please remove me from your mailing list.

Kind regards,
Claire Dubois
""",
    },
    {
        "id": "d72-leave-10", "kind": "unsubscribe", "erase": False, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "apple",
        "sender": "Theo Brink <t.brink@ferm-gemeenten.nl>",
        "body": """
afmleden aub

Verzonden vanaf mijn iPad
""",
    },
    {
        "id": "d72-leave-11", "kind": "unsubscribe", "erase": False, "thread": "call_for_themes",
        "quoted": "oproep_themas", "quote": "groupwise",
        "sender": "W. Zwart <W.Zwart@gemeente-westerkwartier-bo.nl>",
        "body": """
AFMELDEN
""",
    },
    {
        "id": "d72-leave-13", "kind": "unsubscribe", "erase": False, "thread": "invitation",
        "quoted": "wijziging_atelier", "quote": "outlook-nl",
        "sender": "Marco Dijkhuis <m.dijkhuis@werkorganisatie-cgm.nl>",
        "body": """
Uitschrijven svp.

M. Dijkhuis
""",
    },
    {
        "id": "d72-leave-14", "kind": "unsubscribe", "erase": False, "thread": "invitation",
        "quoted": "annulering_atelier", "quote": "outlook-en",
        "sender": "Lisette Bakker <l.bakker@debuch-samen.nl>",
        "body": """
Beste Stan,

Jammer dat het niet doorgaat. Voor mij is het meteen een natuurlijk moment om te stoppen: wilt u mij
afmelden als lid van het netwerk? Dank voor alles.

Met vriendelijke groet,
Lisette Bakker
Directeur Werkorganisatie De Buch
""",
    },
    {
        "id": "d72-leave-15", "kind": "unsubscribe", "erase": False, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "notes-wrote",
        "sender": "Frank Hendriks <frank.hendriks@a2-samenwerking.nl>",
        "body": """
Niet meer van toepassing: ik ben geen directeur meer. Graag uitschrijven uit het netwerk.

Frank Hendriks

=====================================================================
Dit bericht is uitsluitend bestemd voor de geadresseerde. Indien u dit bericht onterecht ontvangt,
wordt u verzocht de inhoud niet te gebruiken en de afzender direct te informeren.
=====================================================================
""",
    },
    {
        "id": "d72-leave-16", "kind": "unsubscribe", "erase": False, "thread": "call_for_themes",
        "quoted": "bedankt_suggestie", "quote": "outlook-nl",
        "sender": "Yvonne de Graaf <y.degraaf@werkorganisatie-duoplus.nl>",
        "body": """
Beste secretariaat,

Mijn suggestie mag vervallen: ik ben binnenkort weg bij DUO+ en meld me daarom per direct af voor het netwerk.

Groet,
Yvonne de Graaf
""",
    },
    {
        "id": "d72-leave-18", "kind": "unsubscribe", "erase": False, "thread": None,
        "quoted": "uitnodiging_atelier", "quote": "doorgestuurd",
        "sender": "Erik Smulders <e.smulders@werkorganisatie-heeze-leende.nl>",
        "subject": "FW: Uitnodiging Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": """
Beste secretariaat,

Mijn secretaresse stuurde me deze uitnodiging door. Ik wil niet meer deelnemen aan het netwerk;
meld mij alstublieft af.

Erik Smulders
""",
    },
    {
        "id": "d72-leave-19", "kind": "unsubscribe", "erase": False, "thread": "reminder",
        "quoted": "herinnering_atelier", "quote": "outlook-en",
        "sender": "Daniel Peters <daniel.peters@tilburg-region-shared.eu>",
        "body": """
Hi,

Won't make it on Thursday, and please take me off the list altogether - I've moved on from the role.

Best,
Daniel
""",
    },
    # ------------------------------------------------------------------ denials under the confirmation (real)
    {
        "id": "d72-deny-01", "kind": "unsubscribe", "erase": False, "thread": "confirmation",
        "quoted": "bevestiging_aanmelding", "quote": "outlook-nl",
        "sender": "Marieke de Vries <m.devries@bbr.nl>",
        "body": """
Ik heb mij niet aangemeld.

M. de Vries
""",
    },
    {
        "id": "d72-deny-02", "kind": "unsubscribe", "erase": False, "thread": "confirmation",
        "quoted": "bevestiging_aanmelding", "quote": "gmail",
        "sender": "Joost Kamphuis <joostkamphuis@gmail.com>",
        "body": """
Dit was ik niet.
""",
    },
    {
        "id": "d72-deny-03", "kind": "unsubscribe", "erase": False, "thread": "confirmation",
        "quoted": "bevestiging_aanmelding", "quote": "outlook-en",
        "sender": "Robert Hall <r.hall@shared-services-nl.com>",
        "body": """
I never signed up for this.

Robert Hall
""",
    },
    {
        "id": "d72-deny-05", "kind": "unsubscribe", "erase": False, "thread": "confirmation",
        "quoted": "bevestiging_aanmelding", "quote": "apple",
        "sender": "Sander Visser <s.visser@kpnmail.nl>",
        "body": """
ik heb me neit aangemeld hoor

Verstuurd vanaf mijn iPhone
""",
    },
    {
        "id": "d72-deny-06", "kind": "unsubscribe", "erase": False, "thread": "confirmation",
        "quoted": "herinnering_aanmelding", "quote": "notes",
        "sender": "H.J. Lubbers <H.Lubbers@dinkelland-tubbergen.nl>",
        "body": """
Nee dank u, ik wil geen lid worden.

H.J. Lubbers
""",
    },
    {
        "id": "d72-deny-07", "kind": "unsubscribe", "erase": False, "thread": "confirmation",
        "sender": "Nadia Bouzid <n.bouzid@werkorganisatie-sed.nl>",
        "subject": "RE: Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "body": """
> Hebt u zich niet aangemeld? Dan kunt u deze e-mail negeren; wij bewaren uw adres dan niet langer dan nodig.

Klopt, ik heb me niet aangemeld. Voor de duidelijkheid: ik wil dit niet.

Nadia Bouzid
""",
    },
    # ------------------------------------------------------------------ AVG erasure (real)
    {
        "id": "d72-erase-01", "kind": "unsubscribe", "erase": True, "thread": None,
        "sender": "Mw. drs. E. (Esther) Vermeulen <e.vermeulen@werkorganisatie-bar.nl>",
        "subject": "Verzoek verwijdering persoonsgegevens (art. 17 AVG)",
        "body": """
Geacht secretariaat,

Met een beroep op artikel 17 van de Algemene verordening gegevensbescherming verzoek ik u al mijn
persoonsgegevens die u in het kader van het Netwerk van directeuren van ambtelijke fusieorganisaties verwerkt,
te verwijderen. Ik beëindig hiermee tevens mijn lidmaatschap.

Graag ontvang ik een bevestiging binnen de wettelijke termijn.

Met vriendelijke groet,
drs. E. Vermeulen
""",
    },
    {
        "id": "d72-erase-02", "kind": "unsubscribe", "erase": True, "thread": "welcome",
        "quoted": "welkom", "quote": "gmail",
        "sender": "Tom Hermans <tom.hermans@peelgemeenten.nl>",
        "body": """
Toch maar niet. Graag afmelden en al mijn gegevens wissen.

Tom
""",
    },
    {
        "id": "d72-erase-03", "kind": "unsubscribe", "erase": True, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "outlook-en",
        "sender": "Sarah O'Neill <s.oneill@regio-services.eu>",
        "body": """
Dear secretariat,

Under the GDPR I ask you to delete all personal data you hold on me and to remove me from the network.

Regards,
Sarah O'Neill
""",
    },
    {
        "id": "d72-erase-04", "kind": "unsubscribe", "erase": True, "thread": "goodbye",
        "quoted": "afmelding_bevestigd", "quote": "outlook-nl",
        "sender": "Gert-Jan Mos <gj.mos@werkorganisatie-cgm.nl>",
        "body": """
Beste secretariaat,

Dank voor de bevestiging. Wilt u mijn gegevens nu ook volledig uit uw systemen verwijderen (AVG)?

Gert-Jan Mos
""",
    },
    {
        "id": "d72-erase-05", "kind": "unsubscribe", "erase": True, "thread": "call_for_themes",
        "quoted": "oproep_themas", "quote": "outlook-lijn",
        "sender": "Monique Lammers <m.lammers@ddfv-werkorganisatie.nl>",
        "body": """
Geen thema's van mij. Ik ben vertrokken; verwijder mij en mijn persoonsgegevens uit jullie bestanden.

M. Lammers
""",
    },
    {
        "id": "d72-erase-06", "kind": "unsubscribe", "erase": True, "thread": "confirmation",
        "quoted": "bevestiging_aanmelding", "quote": "groupwise",
        "sender": "R. Kuipers <R.Kuipers@gemeente-oostgelre-winterswijk.nl>",
        "body": """
Niet aangemeld. Verwijder mijn e-mailadres direct uit uw administratie, conform de AVG.
""",
    },
    {
        "id": "d72-erase-07", "kind": "unsubscribe", "erase": True, "thread": "reminder",
        "sender": "Luuk Verhoeven <luuk.verhoeven@hotmail.com>",
        "subject": "RE: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]",
        "body": """
> Kunt u onverhoopt toch niet? Beantwoord deze e-mail dan met "helaas, ik kan niet"; dan geven wij uw plaats aan
> iemand op de wachtlijst.

Helaas, ik kan niet. En ik wil eruit: schrijf me uit en gooi mijn gegevens weg, recht op vergetelheid.

> U ontvangt deze e-mail als lid van het Netwerk van directeuren van ambtelijke fusieorganisaties.

Niet meer dus.
""",
    },
    # ------------------------------------------------------------------ hand-over to a named successor (real)
    {
        "id": "d72-hand-01", "kind": "unsubscribe", "erase": False, "thread": None,
        "sender": "Wim van Dam <w.vandam@werkorganisatie-cgm.nl>", "subject": "Opvolging lidmaatschap netwerk",
        "body": """
Beste Stan en Melanie,

Per 1 maart heb ik een nieuwe functie elders. Mijn opvolger is Karin Bos (k.bos@werkorganisatie-cgm.nl).
Wilt u haar in mijn plaats op de lijst zetten en mij afmelden?

Met vriendelijke groet,
Wim van Dam
""",
    },
    {
        "id": "d72-hand-02", "kind": "unsubscribe", "erase": False, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
        "sender": "Joke Timmermans <j.timmermans@bar-organisatie.nl>",
        "body": """
Goedemorgen,

Ik ben inmiddels vertrokken bij de BAR-organisatie. Mijn plek in het netwerk neemt Ruud Koster over,
r.koster@bar-organisatie.nl. Stuurt u de uitnodigingen voortaan naar hem?

Groet,
Joke Timmermans
""",
    },
    {
        "id": "d72-hand-03", "kind": "unsubscribe", "erase": False, "thread": "goodbye",
        "quoted": "afmelding_bevestigd", "quote": "gmail",
        "sender": "Ad Schepers <ad.schepers@gmail.com>",
        "body": """
Mijn opvolger: Fatima El Amrani, f.elamrani@debuch-samen.nl. Zij neemt mijn functie en dus ook mijn plek over.

Ad
""",
    },
    {
        "id": "d72-hand-04", "kind": "unsubscribe", "erase": False, "thread": None,
        "sender": "Peter Langley <p.langley@regio-services.eu>", "subject": "Change of member",
        "body": """
Dear Stan,

I have left my position as director. My successor, Jan Willem Arts (jw.arts@regio-services.eu), will take
over my seat in the network. Please replace me with him.

Best regards,
Peter Langley
""",
    },
    {
        "id": "d72-hand-05", "kind": "unsubscribe", "erase": False, "thread": "call_for_themes",
        "quoted": "oproep_themas", "quote": "outlook-lijn",
        "sender": "Rianne Groen <r.groen@werkorganisatie-oosterschelde.nl>",
        "body": """
Beste Melanie,

Geen onderwerp van mij: ik draag mijn plek in het netwerk over aan mijn opvolger, Michiel Dekker
(m.dekker@werkorganisatie-oosterschelde.nl). Hij is sinds deze week in dienst. Mij mag u afmelden.

Hartelijke groet,
Rianne
""",
    },
    {
        "id": "d72-hand-06", "kind": "unsubscribe", "erase": False, "thread": "welcome",
        "quoted": "welkom", "quote": "apple",
        "sender": "Bram Koenen <b.koenen@werkorganisatie-kempen.nl>",
        "body": """
Dank voor het welkom, maar ik vertrek onverwacht al. Wilt u mijn lidmaatschap overzetten op Sylvia Peeters,
s.peeters@werkorganisatie-kempen.nl? Zij volgt mij op.

Bram

Verstuurd vanaf mijn iPhone
""",
    },
    # ------------------------------------------------------------------ confirming the sign-up (real)
    {
        "id": "d72-conf-01", "kind": "confirm", "thread": "confirmation",
        "quoted": "bevestiging_aanmelding", "quote": "outlook-nl",
        "sender": "Marieke de Vries-Ölçer <m.devries@bbr.nl>",
        "body": "",
    },
    {
        "id": "d72-conf-02", "kind": "confirm", "thread": "confirmation",
        "quoted": "bevestiging_aanmelding", "quote": "gmail",
        "sender": "Lotte Brands <lotte.brands@gmail.com>",
        "body": """
Ja
""",
    },
    {
        "id": "d72-conf-03", "kind": "confirm", "thread": "confirmation",
        "quoted": "bevestiging_aanmelding", "quote": "outlook-lijn",
        "sender": "Dirk Smit <d.smit@werkorganisatie-hlt.nl>",
        "body": """
Bevestigd.

Dirk Smit
""",
    },
    {
        "id": "d72-conf-04", "kind": "confirm", "thread": "confirmation",
        "quoted": "bevestiging_aanmelding", "quote": "notes",
        "sender": "J.P.M. Coenen <J.Coenen@werkorganisatie-beekdaelen.nl>",
        "body": """
Geacht secretariaat,

Hierbij bevestig ik mijn aanmelding voor het netwerk.

Met vriendelijke groet,

J.P.M. Coenen
Gemeentesecretaris / algemeen directeur
""",
    },
    {
        "id": "d72-conf-05", "kind": "confirm", "thread": "confirmation",
        "quoted": "bevestiging_aanmelding", "quote": "apple",
        "sender": "Eva Snoek <e.snoek@werkorganisatie-bbr.nl>",
        "body": """
Klopt, dat was ik (via mijn secretariaat). Graag!

Eva
""",
    },
    {
        "id": "d72-conf-06", "kind": "confirm", "thread": "confirmation",
        "quoted": "bevestiging_aanmelding", "quote": "outlook-en",
        "sender": "Mark Wouters <m.wouters@shared-services-nl.com>",
        "body": """
Yes, confirmed. Looking forward to it.

Mark
""",
    },
    {
        "id": "d72-conf-07", "kind": "confirm", "thread": "confirmation",
        "quoted": "bevestiging_aanmelding", "quote": "apple",
        "sender": "Femke Jonker <femke.jonker@icloud.com>",
        "body": """
👍

Verstuurd vanaf mijn iPhone
""",
    },
    {
        "id": "d72-conf-08", "kind": "confirm", "thread": "confirmation",
        "quoted": "herinnering_aanmelding", "quote": "groupwise",
        "sender": "G. Bosman <G.Bosman@gemeente-westerkwartier-bo.nl>",
        "body": """
akkoord
""",
    },
    {
        "id": "d72-conf-09", "kind": "confirm", "thread": "confirmation",
        "quoted": "herinnering_aanmelding", "quote": "outlook-nl",
        "sender": "Hanneke Schouten <h.schouten@werkorganisatie-sed.nl>",
        "body": """
Beste Melanie,

Excuses voor de late reactie, de eerste mail was in mijn ongewenste post beland. Ik wil inderdaad graag lid
worden.

Met vriendelijke groet,
Hanneke Schouten
""",
    },
    {
        "id": "d72-conf-11", "kind": "confirm", "thread": None,
        "quoted": "bevestiging_aanmelding", "quote": "outlook-nl",
        "sender": "Ilse Verhagen <i.verhagen@werkorganisatie-duoplus.nl>",
        "body": """
Bij deze bevestigd.

Ilse Verhagen
""",
    },
    {
        "id": "d72-conf-12", "kind": "confirm", "thread": "confirmation",
        "quoted": "bevestiging_aanmelding", "quote": "notes-wrote",
        "sender": "Ronald Meijer <r.meijer@a2-samenwerking.nl>",
        "body": """
Ik bevestig mijn aanmelding.

R. Meijer

=====================================================================
Dit bericht is uitsluitend bestemd voor de geadresseerde. Indien u dit bericht onterecht ontvangt,
wordt u verzocht de inhoud niet te gebruiken en de afzender direct te informeren.
=====================================================================
""",
    },
    {
        "id": "d72-conf-13", "kind": "confirm", "thread": "confirmation",
        "sender": "Wendy Aarts <w.aarts@peelgemeenten.nl>",
        "subject": "RE: Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "body": """
> Wilt u uw aanmelding bevestigen? Beantwoord deze e-mail dan; u hoeft niets te typen.

Ja, bij dezen. Graag meedoen.

Wendy Aarts
""",
    },
    # ------------------------------------------------------------------ look-alike: unsubscribing from something else
    {
        "id": "d72-else-01", "kind": "other", "thread": None,
        "sender": "Jeroen Mertens <j.mertens@werkorganisatie-hlt.nl>", "subject": "afmelden nieuwsbrief",
        "body": """
Goedemiddag,

Graag wil ik mij afmelden voor de nieuwsbrief van Binnenlands Bestuur.

Met vriendelijke groet,
Jeroen Mertens
""",
    },
    {
        "id": "d72-else-02", "kind": "other", "thread": "reminder",
        "quoted": "herinnering_atelier", "quote": "outlook-nl",
        "sender": "Carla Wiersma <c.wiersma@noardeast-fryslan-werkt.nl>",
        "body": """
Beste secretariaat,

Mogen de herinneringsmails voor mij voortaan achterwege blijven? De uitnodiging zelf volstaat, die zet ik
altijd direct in mijn agenda. Lid blijf ik natuurlijk graag.

Groet,
Carla Wiersma
""",
    },
    {
        "id": "d72-else-03", "kind": "other", "thread": None,
        "sender": "Arjen Boer <a.boer@werkorganisatie-oosterschelde.nl>", "subject": "Afmelding werkgroep",
        "body": """
Hallo,

Kunt u mij afmelden voor de werkgroep Digitalisering? Ik heb het er te druk voor.

Arjen Boer
""",
    },
    {
        "id": "d72-else-04", "kind": "other", "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "outlook-lijn",
        "sender": "Sanne Willems <s.willems@werkorganisatie-kempen.nl>",
        "body": """
Beste Stan,

Los van het atelier: ik zit per abuis nog in de vergaderreeks 'Regionaal DT-overleg' die vanaf een van jullie
adressen lijkt te komen. Kunt u mij daarvoor afmelden? De uitnodigingen van het netwerk wil ik gewoon blijven
ontvangen.

Groet,
Sanne Willems
""",
    },
    {
        "id": "d72-else-05", "kind": "other", "thread": None,
        "sender": "Oliver Grant <o.grant@shared-services-nl.com>", "subject": "Webinar series",
        "body": """
Hi there,

Please unsubscribe me from the webinar series only. I'd like to stay a member of the network itself.

Thanks,
Oliver
""",
    },
    {
        "id": "d72-else-07", "kind": "other", "thread": "call_for_themes",
        "quoted": "oproep_themas", "quote": "gmail",
        "sender": "Rob van Leeuwen <r.vanleeuwen@werkorganisatie-bar.nl>",
        "body": """
Kan ik me afmelden voor alleen deze oproepen voor thema's? Ik heb eigenlijk nooit onderwerpen, maar kom wel
graag naar de ateliers.

Rob
""",
    },
    # ---------------------------------------------- look-alike: leaving the job, not the network now
    {
        "id": "d72-job-01", "kind": "other", "thread": None,
        "sender": "Paul Rutten <p.rutten@werkorganisatie-beekdaelen.nl>", "subject": "vertrek",
        "body": """
Beste Stan,

ik ga per 1 april weg, mijn opvolger meldt zich zelf. Tot die tijd blijf ik gewoon lid en ik kom graag nog
naar het atelier in maart.

Groet, Paul
""",
    },
    {
        "id": "d72-job-02", "kind": "other", "thread": None,
        "sender": "Linda Mulder <l.mulder@duoplus.nl>", "subject": "Nieuw e-mailadres",
        "body": """
Beste secretariaat,

Ik vertrek bij DUO+ maar blijf graag lid van het netwerk. Wilt u vanaf volgende maand mijn nieuwe adres
gebruiken: linda.mulder@werkorganisatie-sed.nl?

Met vriendelijke groet,
Linda Mulder
""",
    },
    {
        "id": "d72-job-03", "kind": "other", "thread": None,
        "sender": "Erwin Claassen <e.claassen@ferm-gemeenten.nl>", "subject": "Opvolging",
        "body": """
Goedemorgen,

Per 1 mei ga ik weg bij de werkorganisatie. Mijn opvolger is nog niet bekend; zodra er iemand benoemd is,
geef ik die aan u door. Tot die tijd blijf ik lid.

Met vriendelijke groet,
Erwin Claassen
""",
    },
    {
        "id": "d72-job-04", "kind": "other", "thread": None,
        "sender": "Helen Parker <h.parker@regio-services.eu>", "subject": "Leaving next month",
        "body": """
Dear Melanie,

I'm leaving the organisation next month; my successor will get in touch with you himself. Until then,
please keep me on the list.

Kind regards,
Helen
""",
    },
    {
        "id": "d72-job-05", "kind": "other", "thread": "welcome",
        "quoted": "welkom", "quote": "outlook-nl",
        "sender": "Gerrit Hofman <g.hofman@hof-van-twente-dinkelland.nl>",
        "body": """
Dank voor het welkom! Overigens ga ik over een half jaar met pensioen. Hoe draag ik het lidmaatschap
dan over aan mijn opvolger?

Gerrit Hofman
""",
    },
    {
        "id": "d72-job-06", "kind": "other", "thread": None,
        "sender": "Miriam de Jong <m.dejong@werkorganisatie-middendelfland.nl>", "subject": "Functiewijziging",
        "body": """
Beste Stan en Melanie,

Mijn functie verandert: per juni ben ik directeur bedrijfsvoering in plaats van algemeen directeur.
Mag ik dan nog lid blijven van het netwerk, of moet ik mijn plek afstaan?

Hartelijke groet,
Miriam de Jong
""",
    },
    # ------------------------------------------------------------------ look-alike: data questions, seeing one's data
    {
        "id": "d72-data-01", "kind": "other", "thread": None,
        "sender": "Koen Bakker <k.bakker@werkorganisatie-bbr.nl>", "subject": "Mijn gegevens",
        "body": """
Beste secretariaat,

Welke gegevens van mij hebben jullie eigenlijk vastgelegd? Ik zou graag een overzicht ontvangen.

Koen Bakker
""",
    },
    {
        "id": "d72-data-02", "kind": "other", "thread": None,
        "sender": "mr. J. (Joyce) Hartman <j.hartman@grensmaasgemeenten.nl>",
        "subject": "Inzageverzoek ex artikel 15 AVG",
        "body": """
Geacht secretariaat,

Op grond van artikel 15 AVG verzoek ik u om inzage in de persoonsgegevens die u van mij verwerkt, de
doeleinden van die verwerking en de bewaartermijn.

Hoogachtend,
mr. J. Hartman
""",
    },
    {
        "id": "d72-data-03", "kind": "other", "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "gmail",
        "sender": "Ellen Vos <ellen.vos@werkorganisatie-cgm.nl>",
        "body": """
Vraagje: hoe lang bewaren jullie mijn gegevens als ik me ooit afmeld?

Ellen
""",
    },
    {
        "id": "d72-data-04", "kind": "other", "thread": "invitation",
        "quoted": "bevestiging_rsvp", "quote": "outlook-nl",
        "sender": "Stefan Hoogland <s.hoogland@dekempen-samen.nl>",
        "body": """
Beste Melanie,

Wordt de deelnemerslijst met mijn naam en functie gedeeld met de andere deelnemers? Dat heb ik liever niet.

Groet,
Stefan Hoogland
""",
    },
    {
        "id": "d72-data-05", "kind": "other", "thread": "confirmation",
        "quoted": "bevestiging_aanmelding", "quote": "outlook-lijn",
        "sender": "Petra Smits <p.smits@peelgemeenten.nl>",
        "body": """
Goedemiddag,

U schrijft dat u mijn adres 'niet langer dan nodig' bewaart. Hoe lang is dat precies, en wie heeft er toegang
toe?

Petra Smits
""",
    },
    {
        "id": "d72-data-06", "kind": "other", "thread": None,
        "sender": "Anna Lewis <anna.lewis@outlook.com>", "subject": "Personal data",
        "body": """
Hello,

Could you send me a copy of the personal data you hold about me? Thank you.

Anna Lewis
""",
    },
    # ------------------------------------------------------------------ look-alike: a colleague left
    {
        "id": "d72-coll-01", "kind": "other", "thread": None,
        "sender": "Secretariaat directie <secretariaat@werkorganisatie-sed.nl>", "subject": "Ter info",
        "body": """
Goedemorgen,

Ter info: Henk de Wit is per 1 januari vertrokken bij onze werkorganisatie. Zijn opvolging is nog niet geregeld.

Met vriendelijke groet,
Anja Verbruggen
managementassistent
""",
    },
    {
        "id": "d72-coll-02", "kind": "other", "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
        "sender": "Receptie Werkorganisatie <receptie@werkorganisatie-hlt.nl>",
        "body": """
Beste afzender,

Uw uitnodiging voor mevrouw Brouwer kwam bij ons terecht, maar zij werkt hier niet meer. Wilt u haar van uw
lijst halen?

Vriendelijke groet,
Receptie
""",
    },
    {
        "id": "d72-coll-03", "kind": "other", "thread": None,
        "quoted": "herinnering_atelier", "quote": "doorgestuurd",
        "sender": "Ria Pauwels <r.pauwels@werkorganisatie-beekdaelen.nl>",
        "subject": "FW: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]",
        "body": """
Beste mensen,

Dhr. Pieters is met pensioen gegaan; deze herinnering kan voor hem dus vervallen.

Ria Pauwels
secretariaat gemeentesecretaris
""",
    },
    # ------------------------------------------------------------------ look-alike: "afmelden" for the atelier only
    {
        "id": "d72-atel-01", "kind": "rsvp", "attending": False, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
        "sender": "Sophie Kramer <s.kramer@werkorganisatie-oosterschelde.nl>",
        "body": """
Beste Stan,

Ik moet me helaas afmelden voor 11 maart. Lid blijf ik uiteraard.

Met vriendelijke groet,
Sophie Kramer
""",
    },
    {
        "id": "d72-atel-02", "kind": "rsvp", "attending": False, "thread": "reminder",
        "quoted": "herinnering_atelier", "quote": "apple",
        "sender": "Martijn Roos <martijn.roos@me.com>",
        "body": """
Afmelden voor donderdag, ik lig ziek op bed.

Martijn

Verstuurd vanaf mijn iPhone
""",
    },
    {
        "id": "d72-atel-03", "kind": "rsvp", "attending": False, "thread": "invitation",
        "quoted": "bevestiging_rsvp", "quote": "gmail",
        "sender": "Naomi Bergsma <naomi.bergsma@gmail.com>",
        "body": """
Haal me maar van de wachtlijst, ik kan op 11 maart toch niet.

Naomi
""",
    },
    {
        "id": "d72-atel-04", "kind": "rsvp", "attending": False, "thread": "invitation",
        "quoted": "wijziging_atelier", "quote": "outlook-en",
        "sender": "Ton Verschuren <t.verschuren@werkorganisatie-heeze-leende.nl>",
        "body": """
Op 18 maart kan ik niet, dus graag afmelden voor het atelier.

Ton Verschuren
""",
    },
    {
        "id": "d72-atel-05", "kind": "rsvp", "attending": False, "thread": None,
        "sender": "Iris van Beek <i.vanbeek@werkorganisatie-duoplus.nl>", "subject": "Afmelding atelier 11 maart",
        "body": """
Beste secretariaat,

Hierbij meld ik mij af voor het Leer- en inspireer-atelier van 11 maart. Volgende keer ben ik er graag weer bij.

Met vriendelijke groet,
Iris van Beek
""",
    },
    {
        "id": "d72-atel-06", "kind": "rsvp", "attending": False, "thread": "reminder",
        "quoted": "herinnering_atelier", "quote": "outlook-en",
        "sender": "James Whitfield <j.whitfield@tilburg-region-shared.eu>",
        "body": """
Hi Melanie,

Need to cancel my attendance for Thursday, sorry. Still keen for the next one.

James
""",
    },
    {
        "id": "d72-atel-07", "kind": "rsvp", "attending": False, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "outlook-lijn",
        "sender": "Henk Wijnands <h.wijnands@werkorganisatie-kempen.nl>",
        "body": """
Beste Stan,

Ik meld me af voor het atelier, maar mijn collega Anne Vos (a.vos@werkorganisatie-kempen.nl) komt in mijn
plaats.

Groet,
Henk Wijnands
""",
    },
    {
        "id": "d72-atel-08", "kind": "rsvp", "attending": False, "thread": "invitation",
        "quoted": "uitnodiging_vervanger", "quote": "outlook-nl",
        "sender": "Marieke Dijkstra <m.dijkstra@werkorganisatie-hlt.nl>",
        "body": """
Dag Stan,

Ik kan helaas ook niet op 11 maart. Ik laat het Dirk zelf even weten.

Groet, Marieke
""",
    },
    {
        "id": "d72-atel-09", "kind": "rsvp", "attending": True, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "notes",
        "sender": "A.W. Verkerk <A.Verkerk@gemeente-oostgelre-winterswijk.nl>",
        "body": """
Hierbij bevestig ik mijn komst op 11 maart.

A.W. Verkerk
""",
    },
    # ------------------------------------------------------------------ look-alike: complaints that mention leaving
    {
        "id": "d72-compl-01", "kind": "other", "thread": None,
        "sender": "Vincent Maas <v.maas@werkorganisatie-bar.nl>", "subject": "dubbele mails",
        "body": """
Beste secretariaat,

Vorig jaar had ik me afgemeld en vorige maand heb ik me weer aangemeld. Sindsdien krijg ik elke mail twee keer.
Kunt u dat rechtzetten? Best irritant.

Vincent Maas
""",
    },
    {
        "id": "d72-compl-02", "kind": "other", "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
        "sender": "Karin Bos <k.bos@werkorganisatie-cgm.nl>",
        "body": """
Beste Stan,

Toen mijn voorganger zich afmeldde, heeft hij mijn naam doorgegeven, maar ik heb maandenlang niets van jullie
gehoord. Pas nu komt deze uitnodiging. Dat vind ik eerlijk gezegd slordig. Hoe kan dat?

Met vriendelijke groet,
Karin Bos
""",
    },
    {
        "id": "d72-compl-03", "kind": "other", "thread": "reminder",
        "quoted": "herinnering_atelier", "quote": "outlook-lijn",
        "sender": "Frits Vermeer <f.vermeer@ddfv-werkorganisatie.nl>",
        "body": """
Goedemiddag,

Vorige keer had ik me tijdig afgemeld voor het atelier, en toch stond ik achteraf op de presentielijst als
'niet verschenen'. Dat is bij mijn bestuur niet handig gevallen. Graag wat beter opletten.

Frits Vermeer
""",
    },
    # ---------------------------------------- look-alike: forwarded by a colleague, asking what to do
    {
        "id": "d72-fwd-01", "kind": "other", "thread": None,
        "sender": "Anja Koster <secretariaat.directie@werkorganisatie-bbr.nl>", "subject": "FW: netwerk",
        "body": """
Goedemorgen,

Onderstaand bericht kreeg ik van mijn directeur. Hoe gaat dat, moet hij zelf bij jullie afmelden of kan ik dat
namens hem doen?

Groet, Anja

Van: Jos Peters <j.peters@werkorganisatie-bbr.nl>
Verzonden: maandag 1 maart 2027 17:42
Aan: Anja Koster <secretariaat.directie@werkorganisatie-bbr.nl>
Onderwerp: netwerk

Anja, wil je mij eruit halen bij dat directeurennetwerk? Ik kom er toch nooit aan toe.
Jos
""",
    },
    {
        "id": "d72-fwd-02", "kind": "other", "thread": None,
        "sender": "Info Werkorganisatie <info@werkorganisatie-middendelfland.nl>",
        "subject": "Fwd: Welkom bij het Netwerk van directeuren van ambtelijke fusieorganisaties",
        "body": """
Hallo,

Deze mail kwam binnen in onze algemene inbox, gericht aan mevrouw Ramdin. Wij weten niet goed wat we ermee
moeten. Is het de bedoeling dat wij iets doen?

Team Post en Archief

---------- Forwarded message ---------
Van: Netwerk van directeuren van ambtelijke fusieorganisaties <info@ambtelijkefusie.nl>
Date: di 2 mrt 2027 om 09:00
Subject: Welkom bij het Netwerk van directeuren van ambtelijke fusieorganisaties

Hartelijk welkom! Uw aanmelding is bevestigd: u bent nu lid van het Netwerk van directeuren van ambtelijke
fusieorganisaties.
""",
    },
    {
        "id": "d72-fwd-03", "kind": "other", "thread": None,
        "quoted": "uitnodiging_atelier", "quote": "doorgestuurd",
        "sender": "Ingrid Hamers <i.hamers@werkorganisatie-heeze-leende.nl>",
        "subject": "FW: Uitnodiging atelier",
        "body": """
Hoi Melanie,

Mijn directeur gaat een half jaar met zorgverlof en vroeg mij of hij zich hiervoor moet afmelden of dat jullie
zijn lidmaatschap kunnen pauzeren. Wat adviseer je?

Groet,
Ingrid Hamers
""",
    },
    # ------------------------------------------------------------------ look-alike: conditional leaves
    {
        "id": "d72-cond-01", "kind": "other", "thread": None,
        "sender": "Ruben Sanders <r.sanders@werkorganisatie-sed.nl>", "subject": "Bijdrage?",
        "body": """
Beste Stan,

Ik hoorde dat het lidmaatschap niet kosteloos blijft. Klopt dat? Als er een bijdrage komt, meld ik mij af.

Groet,
Ruben Sanders
""",
    },
    {
        "id": "d72-cond-02", "kind": "other", "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "apple",
        "sender": "Mieke Gerritsen <m.gerritsen@ferm-gemeenten.nl>",
        "body": """
Mocht het atelier voortaan alleen nog online zijn, dan hoeft het voor mij niet meer en mag u me afmelden.
Is dat het plan?

Mieke

Verstuurd vanaf mijn iPad
""",
    },
    {
        "id": "d72-cond-03", "kind": "other", "thread": "call_for_themes",
        "quoted": "vervolg_atelier", "quote": "outlook-nl",
        "sender": "Dennis Vink <d.vink@werkorganisatie-oosterschelde.nl>",
        "body": """
Beste Melanie,

Eerlijk gezegd overweeg ik om me af te melden: de onderwerpen sluiten weinig aan bij een kleine
fusieorganisatie als de onze. Kunnen we daar eerst even over bellen? Mijn nummer is 06-12345678.

Dennis Vink
""",
    },
    {
        "id": "d72-cond-04", "kind": "other", "thread": "welcome",
        "quoted": "welkom", "quote": "outlook-en",
        "sender": "Laura Fischer <l.fischer@regio-services.eu>",
        "body": """
Hi,

Thanks! I'm a deputy director, not a director. If the network is for directors only, I guess I should
unsubscribe? Please let me know.

Laura
""",
    },
    # ------------------------------------------------------------------ look-alike: under the confirmation mail
    {
        "id": "d72-cfq-01", "kind": "other", "thread": "confirmation",
        "quoted": "bevestiging_aanmelding", "quote": "outlook-nl",
        "sender": "Hilde Aalbers <h.aalbers@werkorganisatie-kempen.nl>",
        "body": """
Goedemiddag,

Ik heb me niet aangemeld en ken dat adres secretariaat.directie@werkorganisatie-bbr.nl niet. Hoe komt u aan
mijn e-mailadres?

Hilde Aalbers
""",
    },
    {
        "id": "d72-cfq-02", "kind": "other", "thread": "confirmation",
        "quoted": "herinnering_aanmelding", "quote": "gmail",
        "sender": "Niels Dekker <niels.dekker@gmail.com>",
        "body": """
De referentie is volgens mij al verlopen. Kan ik nog bevestigen of moet ik me opnieuw aanmelden?

Niels
""",
    },
    {
        "id": "d72-cfq-03", "kind": "other", "thread": "confirmation",
        "quoted": "bevestiging_aanmelding", "quote": "outlook-lijn",
        "sender": "Astrid Molenaar <a.molenaar@werkorganisatie-duoplus.nl>",
        "body": """
Beste Stan,

Ik bevestig graag, maar kan mijn managementassistent de uitnodigingen ook in cc krijgen? Hoe regel ik dat?

Astrid Molenaar
""",
    },
    # ------------------------------------------------------------------ look-alike: after the leave, after joining
    {
        "id": "d72-after-01", "kind": "other", "thread": "goodbye",
        "quoted": "afmelding_bevestigd", "quote": "outlook-nl",
        "sender": "Harm Kuiper <h.kuiper@werkorganisatie-westerkwartier.nl>",
        "body": """
Dank voor de bevestiging van mijn afmelding, en voor de mooie bijeenkomsten van de afgelopen jaren.

Hartelijke groet,
Harm Kuiper
""",
    },
    # ------------------------------------------------------------------ look-alike: out-of-office mentioning departure
    {
        "id": "d72-auto-01", "kind": "autoreply", "thread": "invitation",
        "headers": {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"},
        "sender": "Gerard Wolff <g.wolff@werkorganisatie-bbr.nl>",
        "subject": "Automatisch antwoord: Uitnodiging Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": """
Ik ben niet meer werkzaam bij de Werkorganisatie BBR. Uw e-mail wordt niet doorgestuurd.
Voor vragen kunt u terecht bij info@werkorganisatie-bbr.nl.
""",
    },
    {
        "id": "d72-auto-02", "kind": "autoreply", "thread": "call_for_themes",
        "headers": {"Auto-Submitted": "auto-replied"},
        "sender": "Marjolein Hoek <m.hoek@werkorganisatie-sed.nl>",
        "subject": "Automatisch antwoord: Welke thema's wilt u bespreken? [atelier:2027-1]",
        "body": """
Per 1 maart 2027 ben ik niet meer in dienst. Mijn opvolger is Evert Zijlstra, e.zijlstra@werkorganisatie-sed.nl.
Dit bericht wordt niet gelezen.
""",
    },
    {
        "id": "d72-auto-03", "kind": "autoreply", "thread": "reminder",
        "headers": {"Auto-Submitted": "auto-replied", "Precedence": "auto_reply"},
        "sender": "Simon Clarke <s.clarke@shared-services-nl.com>",
        "subject": "Automatic reply: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027",
        "body": """
This mailbox is no longer monitored. Simon Clarke has left the organisation.
Please contact office@shared-services-nl.com.
""",
    },
]
