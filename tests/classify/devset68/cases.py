"""Development set devset68: acts with consequences and their look-alikes.

Real leaves of the network (plain, polite, angry, English, with typos, as replies to any of our mails), AVG erasure
requests, hand-overs to a named successor and confirmations of our confirmation mail; and, in larger number, mail
that resembles them but must not become an unsubscribe or a confirmation: leaving a job but staying a member,
leaving another list or a working group, declining only the atelier, a request to see one's data, a complaint about
too much mail, a pause, "afmelden" meant for the atelier or a guest, a colleague reporting that someone left, an
address change, a forwarded leave of someone else, a question how leaving works, a confirmation with a question, a
"yes" that answers something else.

Conventions relied on (the secretariat's view):
- Joining, by the person themself: `subscribe`. A request to sign up one named colleague WITH that colleague's
  e-mail address: `subscribe` too. Without the colleague's address, or several people at once: `other`.
- A plain denial under our confirmation mail ("ik heb me niet aangemeld"): `unsubscribe`. A denial that asks where
  we got the address: `other`.
- Leaving the network and declining the atelier in one mail: `unsubscribe`. A decline that keeps the membership:
  `rsvp` False. A director who cannot come but sends a substitute: `rsvp` False.
- A named successor taking over the seat (with their address): `unsubscribe` (hand-over). A colleague reporting that
  someone left: `other`.
- An AVG erasure request anywhere: `unsubscribe` with `erase` True. A request to see one's data: `other`.
- A mail that changes an earlier answer carries the latest answer. A yes or a leave on a condition the secretariat
  must answer first, or a request plus a real question to the secretariat: `other`.
- Under the call for themes or the follow-up: a reply that only says whether the writer comes is an `rsvp`.

One case (a bare English confirmation) was dropped after writing: its words were a held-out case's, word for word.
"""

from __future__ import annotations

from typing import Any

# fmt: off
CASES: list[dict[str, Any]] = [
    # ------------------------------------------------------------------ real leaves of the network
    {
        "id": "d68-unsub-01", "kind": "unsubscribe", "thread": None,
        "sender": "Rob Hermans <r.hermans@buch.nl>", "subject": "Afmelden",
        "body": "Graag afmelden.\n\nMvg,\nRob Hermans\nDirecteur Werkorganisatie BUCH",
    },
    {
        "id": "d68-unsub-02", "kind": "unsubscribe", "thread": "welcome",
        "quoted": "welkom", "quote": "outlook-nl",
        "sender": "Els van Rijswijk <e.vanrijswijk@werkorganisatie-vijfheerenlanden.nl>",
        "body": "Geachte heer Van de Laar, beste Melanie,\n\n"
                "Dank voor het hartelijke welkom. Bij nader inzien past het netwerk toch niet goed bij mijn rol: "
                "onze ambtelijke samenwerking wordt per 1 januari ontvlochten en ik word daarna directeur van een "
                "enkele gemeente. Ik wil u daarom vragen mij weer af te melden als lid.\n\n"
                "Met vriendelijke groet,\n\nEls van Rijswijk",
    },
    {
        "id": "d68-unsub-03", "kind": "unsubscribe", "thread": None,
        "sender": "H. Terpstra <h.terpstra@dewolden-hoogeveen.nl>", "subject": "Stop met mailen!!",
        "body": "Dit is de derde keer dat ik vraag om van deze lijst te worden gehaald. HAAL MIJ ERAF. "
                "Ik wil helemaal niets meer ontvangen van dit netwerk.\n\nH. Terpstra",
    },
    {
        "id": "d68-unsub-04", "kind": "unsubscribe", "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "gmail",
        "sender": "Pieter Smulders <pieter.smulders@gmail.com>",
        "subject": "Re: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid "
                   "[atelier:2027-1]",
        "body": "Dear Stan and Melanie,\n\nThank you for the invitation. I have recently taken up a post abroad and no "
                "longer work in Dutch local government, so please remove me from the network altogether.\n\n"
                "Kind regards,\nPieter Smulders",
    },
    {
        "id": "d68-unsub-05", "kind": "unsubscribe", "thread": "reminder",
        "sender": "Hans Wolters <h.wolters@werkorganisatie-cgm.nl>",
        "body": "Ik wil me graag afmleden voor het netwerk, kom ook niet meer naar de bijeenkomsten. grt Hans\n\n"
                "Verstuurd vanaf mijn iPhone",
    },
    {
        "id": "d68-unsub-06", "kind": "unsubscribe", "erase": False, "thread": "call_for_themes",
        "quoted": "oproep_themas", "quote": "outlook-lijn",
        "sender": "Willemijn Bos <w.bos@a2samenwerking.nl>",
        "body": "Beste Stan,\n\nGeen thema's van mijn kant dit keer. Ik ga per 1 maart met pensioen, dus u kunt mij "
                "van de ledenlijst afhalen.\n\nHartelijke groet,\nWillemijn Bos",
    },
    {
        "id": "d68-unsub-07", "kind": "unsubscribe", "thread": "confirmation",
        "quoted": "bevestiging_aanmelding", "quote": "apple",
        "sender": "Marieke de Vries <m.devries@bbr.nl>",
        "body": "Ik heb me niet aangemeld voor dit netwerk.\n\nVerstuurd vanaf mijn iPhone",
    },
    {
        "id": "d68-unsub-08", "kind": "unsubscribe", "thread": "confirmation",
        "quoted": "herinnering_aanmelding", "quote": "outlook-nl",
        "sender": "Jeroen Nijhof <j.nijhof@gemeente-oldebroek.nl>",
        "body": "Nee, dank u. Ik zie af van het lidmaatschap.\n\nJ. Nijhof",
    },
    {
        "id": "d68-unsub-09", "kind": "unsubscribe", "thread": "invitation",
        "sender": "J. Kuipers <j.kuipers@odzob.nl>",
        "body": "> Komt u? Beantwoord deze e-mail met \"ja, ik kom\" of \"nee, helaas\".\n\nNee.\n\n"
                "> Afmelden? Antwoord op deze e-mail met 'afmelden' of stuur een e-mail naar "
                "info@ambtelijkefusie.nl.\n\nAfmelden graag, en dan voor het hele netwerk, niet alleen voor "
                "11 maart.\n\nJ. Kuipers",
    },
    {
        "id": "d68-unsub-10", "kind": "unsubscribe", "thread": None,
        "sender": "Tom Verhagen <tom.verhagen@outlook.com>", "subject": "unsubscribe",
        "body": "Please take me off this list. Thanks.",
    },
    {
        "id": "d68-unsub-13", "kind": "unsubscribe", "thread": "call_for_themes",
        "quoted": "vervolg_atelier", "quote": "notes",
        "sender": "Ad Schellekens <a.schellekens@werkorganisatie-hbl.nl>",
        "body": "Dank voor de fijne middag. Het was meteen mijn laatste atelier: per 1 april ga ik met pensioen. "
                "Wilt u mij afmelden als lid van het netwerk? Wie mij opvolgt is nog niet bekend.\n\n"
                "Met vriendelijke groet,\nAd Schellekens",
    },
    {
        "id": "d68-unsub-14", "kind": "unsubscribe", "thread": "invitation",
        "quoted": "annulering_atelier", "quote": "outlook-en",
        "sender": "Sandra Geurts <s.geurts@ferm-werk.nl>",
        "body": "Jammer. Voor mij is dit wel het moment om te stoppen: ik meld me af voor het netwerk. "
                "Succes verder!\n\nSandra",
    },
    {
        "id": "d68-unsub-15", "kind": "unsubscribe", "thread": None,
        "sender": "kees <kees.brouwer@kpnmail.nl>", "subject": "afmleden",
        "body": "wil me afmelen voor het netwrek van directeuren. bedankt\nkees brouwer",
    },
    {
        "id": "d68-unsub-18", "kind": "unsubscribe", "thread": "call_for_themes",
        "subject": "afmelden",
        "sender": "Monique Brouwer <m.brouwer@dordrecht-werkorganisatie.nl>",
        "body": "Met vriendelijke groet,\n\nMonique Brouwer\nAlgemeen directeur\nT 078 770 44 00",
    },
    {
        "id": "d68-unsub-19", "kind": "unsubscribe", "erase": False, "thread": None,
        "sender": "Lex Hoogendoorn <l.hoogendoorn@gemeente-molenlanden.nl>", "subject": "Lidmaatschap",
        "body": "Beste secretariaat,\n\nMeld mij af als lid. Mijn gegevens hoeft u niet te verwijderen; dan kan ik "
                "later makkelijk weer instappen als het weer beter uitkomt.\n\nLex Hoogendoorn",
    },
    {
        "id": "d68-unsub-20", "kind": "unsubscribe", "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "outlook-en",
        "sender": "Daniel Okafor <d.okafor@sharedservices-regio.nl>",
        "body": "I never asked for any of this. Stop sending me these emails.",
    },
    # ------------------------------------------------------------------ AVG erasure
    {
        "id": "d68-erase-01", "kind": "unsubscribe", "erase": True, "thread": None,
        "sender": "mr. C.A. Rietveld <c.rietveld@werkorganisatie-bghu.nl>",
        "subject": "Verzoek tot verwijdering persoonsgegevens (art. 17 AVG)",
        "body": "Geachte heer, mevrouw,\n\nOp grond van artikel 17 van de Algemene verordening gegevensbescherming "
                "verzoek ik u al mijn persoonsgegevens te verwijderen en mij uit te schrijven als lid van het "
                "netwerk. Graag ontvang ik hiervan een bevestiging.\n\nMet vriendelijke groet,\n\nmr. C.A. Rietveld",
    },
    {
        "id": "d68-erase-02", "kind": "unsubscribe", "erase": True, "thread": "confirmation",
        "quoted": "bevestiging_aanmelding", "quote": "outlook-lijn",
        "sender": "Bart Visscher <b.visscher@gemeenteheusden.nl>",
        "body": "Ik heb me niet aangemeld. Verwijder mijn e-mailadres direct uit uw bestand.",
    },
    {
        "id": "d68-erase-03", "kind": "unsubscribe", "erase": True, "thread": "welcome",
        "quoted": "welkom", "quote": "gmail",
        "sender": "Yvonne Claessens <yvonne.claessens@gmail.com>",
        "body": "Hello,\n\nPlease unsubscribe me and delete all personal data you hold about me (right to erasure, "
                "GDPR).\n\nYvonne Claessens",
    },
    {
        "id": "d68-erase-04", "kind": "unsubscribe", "erase": True, "thread": "reminder",
        "quoted": "herinnering_atelier", "quote": "outlook-lijn",
        "sender": "Ruud Zeegers <r.zeegers@werkorganisatie-hlt.nl>",
        "body": "Wat een gedoe allemaal. Haal me van de lijst en gooi mijn gegevens weg. Klaar.",
    },
    {
        "id": "d68-erase-05", "kind": "unsubscribe", "erase": True, "thread": "invitation",
        "sender": "Ingrid Smeets <i.smeets@bizob.nl>",
        "body": "Graag afmelden en al mijn gegevns wissen svp (avg)\n\nVerzonden vanaf mijn Galaxy",
    },
    # ------------------------------------------------------------------ hand-overs
    {
        "id": "d68-handover-01", "kind": "unsubscribe", "thread": None,
        "sender": "Geert Schouten <g.schouten@werkorganisatie-cgm.nl>", "subject": "Opvolging lidmaatschap",
        "body": "Beste Stan en Melanie,\n\nPer 1 mei begin ik als gemeentesecretaris van Deventer. Mijn opvolger als "
                "directeur van de werkorganisatie, Karin Veldman (k.veldman@werkorganisatie-cgm.nl), neemt mijn "
                "plek in het netwerk graag over. Wilt u mij afmelden en haar in mijn plaats op de lijst zetten?\n\n"
                "Hartelijke groet,\nGeert Schouten",
    },
    {
        "id": "d68-handover-02", "kind": "unsubscribe", "thread": "goodbye",
        "quoted": "afmelding_bevestigd", "quote": "outlook-nl",
        "sender": "Wouter Lamers <w.lamers@odmiddengelderland.nl>",
        "body": "Dank voor de bevestiging. Mijn opvolger is Peter de Wit, p.dewit@odmiddengelderland.nl; hij neemt "
                "mijn functie per 1 juni over en neemt ook mijn plek in het netwerk in.\n\nWouter Lamers",
    },
    {
        "id": "d68-handover-03", "kind": "unsubscribe", "thread": None,
        "sender": "Hugo Brink <h.brink@a2samenwerking.nl>", "subject": "Handing over my seat",
        "body": "Dear secretariat,\n\nI am stepping down as director on 1 July. My successor, Ms Noor El Amrani "
                "(n.elamrani@a2samenwerking.nl), will take over my seat in the network from that date. Please "
                "remove me and add her.\n\nBest regards,\nHugo Brink",
    },
    {
        "id": "d68-handover-04", "kind": "unsubscribe", "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "outlook-lijn",
        "sender": "Marcel Peeters <m.peeters@buch.nl>",
        "body": "Ik kom niet meer: ik vertrek per 1 maart bij de BUCH. Mijn opvolger Ruud Jacobs (r.jacobs@buch.nl) "
                "neemt mijn lidmaatschap van het netwerk over.\n\nMarcel",
    },
    {
        "id": "d68-handover-05", "kind": "unsubscribe", "thread": None,
        "sender": "Teun de Haan <t.dehaan@werkorganisatie-dbl.nl>", "subject": "stokje over",
        "body": "Hoi Melanie,\n\nIk stop hier per 1/9. Zet je Marloes Kramer (marloes.kramer@werkorganisatie-dbl.nl) "
                "in mijn plaats op de lijst? Mij mag je eraf halen.\n\nGr. Teun",
    },
    # ------------------------------------------------------------------ confirmations of our confirmation mail
    {
        "id": "d68-confirm-01", "kind": "confirm", "thread": "confirmation",
        "quoted": "bevestiging_aanmelding", "quote": "outlook-nl",
        "sender": "Marieke de Vries-Ölçer <m.devries@bbr.nl>",
        "body": "",
    },
    {
        "id": "d68-confirm-02", "kind": "confirm", "thread": "confirmation",
        "quoted": "bevestiging_aanmelding", "quote": "gmail",
        "sender": "Lotte Bosman <lotte.bosman@gmail.com>",
        "subject": "Re: Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "body": "Ja",
    },
    {
        "id": "d68-confirm-04", "kind": "confirm", "thread": "confirmation",
        "quoted": "herinnering_aanmelding", "quote": "apple",
        "sender": "Fleur Aydin <f.aydin@werkorganisatie-bbr.nl>",
        "body": "Graag! Ik word graag lid.\n\nVerstuurd vanaf mijn iPad",
    },
    {
        "id": "d68-confirm-06", "kind": "confirm", "thread": "confirmation",
        "quoted": "bevestiging_aanmelding", "quote": "notes",
        "sender": "Anton Groen <a.groen@gemeente-ede-wageningen.nl>",
        "body": "bevestigt, dank",
    },
    {
        "id": "d68-confirm-07", "kind": "confirm", "thread": "confirmation",
        "quoted": "bevestiging_aanmelding", "quote": "outlook-nl",
        "sender": "Nicole van Beek <n.vanbeek@werkorganisatie-bbr.nl>",
        "body": "Ik had me zelf niet aangemeld, dat heeft mijn secretariaat gedaan, maar het is prima: ik doe graag "
                "mee.\n\nNicole van Beek",
    },
    {
        "id": "d68-confirm-08", "kind": "confirm", "thread": "confirmation",
        "sender": "Marco Stevens <m.stevens@gemeente-altena.nl>",
        "body": "> Wilt u uw aanmelding bevestigen? Beantwoord deze e-mail dan; u hoeft niets te typen.\n\n"
                "Ja, bij deze.\n\nMarco",
    },
    {
        "id": "d68-confirm-09", "kind": "confirm", "thread": None,
        "quoted": "bevestiging_aanmelding", "quote": "doorgestuurd",
        "sender": "Leo van Dam <l.vandam@werkorganisatie-bbr.nl>",
        "subject": "FW: Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "body": "Hierbij bevestig ik mijn aanmelding.\n\nGroet,\nLeo van Dam",
    },
    {
        "id": "d68-confirm-11", "kind": "confirm", "thread": "confirmation",
        "quoted": "bevestiging_aanmelding", "quote": "ongemarkeerd",
        "sender": "Saskia Prins <s.prins@sedorganisatie.nl>",
        "body": "Beste Stan,\n\nDank voor je bericht. Ja, de aanmelding klopt: ik heb het formulier vorige week "
                "ingevuld na ons gesprek in Zwolle. Ik kijk uit naar het eerste atelier.\n\nGroet,\nSaskia",
    },
    {
        "id": "d68-confirm-13", "kind": "confirm", "thread": "confirmation",
        "sender": "Petra Hulsbos <p.hulsbos@odzob.nl>",
        "subject": "RE: Herinnering: bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "body": "ok, ik wil lid worden",
    },
    # ------------------------------------------------------------------ look-alikes: leaving a job, staying a member
    {
        "id": "d68-other-01", "kind": "other", "thread": None,
        "sender": "Anke Vos <a.vos@dewolden-hoogeveen.nl>", "subject": "Nieuwe functie, wel lid blijven",
        "body": "Beste Stan en Melanie,\n\nPer 1 april vertrek ik bij de werkorganisatie De Wolden-Hoogeveen en word "
                "ik directeur van de ODR. Graag blijf ik lid van het netwerk. Mijn nieuwe adres wordt a.vos@odr.nl; "
                "wilt u dat aanpassen?\n\nMet vriendelijke groet,\nAnke Vos",
    },
    {
        "id": "d68-other-02", "kind": "other", "thread": "welcome",
        "quoted": "welkom", "quote": "outlook-nl",
        "sender": "Bert Jansen <b.jansen@werkorganisatie-cgm.nl>",
        "body": "Dank voor het welkom. Een vraag vooraf: over een jaar ga ik met pensioen. Kan ik daarna als "
                "oud-directeur lid blijven, of vervalt het lidmaatschap dan?\n\nBert Jansen",
    },
    {
        "id": "d68-other-03", "kind": "other", "thread": None,
        "sender": "Sophie Lambrecht <s.lambrecht@bizob.nl>", "subject": "Change of position",
        "body": "Dear Stan,\n\nI'm leaving my current post at the end of the month, but from September I'll be "
                "interim director at another shared service organisation. I'd like to stay in the network, so "
                "please keep me on the list; I'll send my new address as soon as I have it.\n\nBest, Sophie",
    },
    # ------------------------------------------------------------------ look-alikes: another list or working group
    {
        "id": "d68-other-06", "kind": "other", "thread": None,
        "sender": "Dennis Verbeek <d.verbeek@a2samenwerking.nl>", "subject": "Afmelden werkgroep",
        "body": "Beste Melanie,\n\nGraag wil ik mij afmelden voor de werkgroep Digitalisering die na het vorige "
                "atelier is gestart. Voor de ateliers zelf blijf ik uiteraard graag aangemeld.\n\nDennis",
    },
    {
        "id": "d68-other-07", "kind": "other", "thread": None,
        "sender": "Carla Wessels <c.wessels@ferm-werk.nl>", "subject": "Nieuwsbrief",
        "body": "Kunt u mij afmelden voor de nieuwsbrief van SeinstravandeLaar? Het directeurennetwerk wil ik wel "
                "blijven volgen.\n\nCarla Wessels",
    },
    {
        "id": "d68-other-08", "kind": "other", "thread": None,
        "sender": "Menno Dijkman <m.dijkman@gemeentenoardeast-fryslan.nl>", "subject": "Adviesraad",
        "body": "Beste Stan en Melanie,\n\nIk trek me terug uit de Adviesraad: het combineert niet meer met mijn "
                "agenda. Lid van het netwerk blijf ik wel, en naar de ateliers kom ik zo vaak als het lukt.\n\n"
                "Hartelijke groet,\nMenno",
    },
    {
        "id": "d68-other-10", "kind": "other", "thread": None,
        "sender": "R. Mertens <r.mertens@gemeenteheusden.nl>", "subject": "Afmelden nieuwsbrief VNG",
        "body": "Graag mij afmelden voor de VNG-nieuwsbrief.\n\nm.vr.gr.\nR. Mertens",
    },
    {
        "id": "d68-other-11", "kind": "other", "thread": None,
        "sender": "Joris Claes <j.claes@werkorganisatie-druten-wijchen.nl>", "subject": "LinkedIn-groep",
        "body": "Goedemiddag,\n\nWilt u mij uit de LinkedIn-groep van het netwerk verwijderen? Ik krijg daar te veel "
                "meldingen van. De mails van het secretariaat ontvang ik graag nog wel.\n\nJoris Claes",
    },
    # ------------------------------------------------------------------ look-alikes: declining only the atelier
    {
        "id": "d68-rsvp-01", "kind": "rsvp", "attending": False, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
        "sender": "Gijs Molenaar <g.molenaar@werkorganisatie-vijfheerenlanden.nl>",
        "body": "Ik meld me af voor 11 maart; ik zit dan bij de raad. Volgende keer ben ik er graag weer bij.\n\nGijs",
    },
    {
        "id": "d68-rsvp-02", "kind": "rsvp", "attending": False, "thread": "reminder",
        "quoted": "herinnering_atelier", "quote": "apple",
        "sender": "Liesbeth Verhoeven <l.verhoeven@werkorganisatie-cuijk.nl>",
        "body": "Helaas moet ik me afmelden voor donderdag. Lid blijf ik natuurlijk!\n\nLiesbeth",
    },
    {
        "id": "d68-rsvp-04", "kind": "rsvp", "attending": False, "thread": "call_for_themes",
        "quoted": "oproep_themas", "quote": "gmail",
        "sender": "Tineke Visser <tineke.visser@gmail.com>",
        "body": "Geen onderwerpen van mijn kant, en op 11 maart kan ik helaas niet.",
    },
    {
        "id": "d68-rsvp-05", "kind": "rsvp", "attending": False, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "outlook-lijn",
        "sender": "Paul Hendrix <p.hendrix@buch.nl>",
        "body": "Ik kan zelf niet. Mijn collega Sanne Kok (s.kok@buch.nl) komt in mijn plaats.\n\nPaul Hendrix",
    },
    {
        "id": "d68-rsvp-06", "kind": "rsvp", "attending": True, "thread": "reminder",
        "quoted": "herinnering_atelier", "quote": "outlook-nl",
        "sender": "Robert Lemmens <r.lemmens@odzob.nl>",
        "body": "Mijn gast moet helaas afhaken; wilt u hem afmelden? Ik kom zelf gewoon.\n\nRobert Lemmens",
    },
    {
        "id": "d68-rsvp-09", "kind": "rsvp", "attending": True, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "notes",
        "sender": "Victor Aerts <v.aerts@werkorganisatie-hbl.nl>",
        "body": "Ja, ik kom. Met één collega.\n\nVictor Aerts",
    },
    {
        "id": "d68-rsvp-10", "kind": "rsvp", "attending": True, "thread": "call_for_themes",
        "sender": "Mieke Roelofs <m.roelofs@ferm-werk.nl>",
        "body": "Ja hoor, ik ben erbij op de 11e.\n\nMieke\n\nVerstuurd vanaf mijn iPhone",
    },
    {
        "id": "d68-rsvp-11", "kind": "rsvp", "attending": False, "thread": "invitation",
        "sender": "jan willem post <jw.post@gemeente-oldebroek.nl>",
        "body": "nee helaas kan niet die dag. wel lid blijven hoor",
    },
    {
        "id": "d68-rsvp-12", "kind": "rsvp", "attending": False, "thread": "invitation",
        "quoted": "bevestiging_rsvp", "quote": "outlook-lijn",
        "sender": "Evert Kramer <e.kramer@westbetuwe.nl>",
        "body": "Ik heb mij niet voor dit atelier opgegeven; haalt u mij maar van de wachtlijst.\n\nE. Kramer",
    },
    {
        "id": "d68-rsvp-13", "kind": "rsvp", "attending": True, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "groupwise",
        "sender": "Wendy Maas <w.maas@gemeente-altena.nl>",
        "body": "Bij deze bevestig ik mijn komst op 11 maart.\n\nWendy Maas",
    },
    # ------------------------------------------------------------------ look-alikes: data, mail volume, pause
    {
        "id": "d68-other-13", "kind": "other", "thread": None,
        "sender": "mr. drs. Frits Haak <f.haak@werkorganisatie-bghu.nl>", "subject": "Inzageverzoek AVG",
        "body": "Geachte heer, mevrouw,\n\nOp grond van artikel 15 AVG verzoek ik om inzage in de persoonsgegevens "
                "die u van mij verwerkt. Ik blijf graag lid; het gaat mij alleen om het overzicht.\n\n"
                "Met vriendelijke groet,\nF. Haak",
    },
    {
        "id": "d68-other-14", "kind": "other", "thread": "welcome",
        "quoted": "welkom", "quote": "outlook-en",
        "sender": "Amira Bouzid <a.bouzid@dordrecht-werkorganisatie.nl>",
        "body": "Thanks for the welcome. Could you tell me what personal data you store about me and who else can "
                "see it?\n\nAmira",
    },
    {
        "id": "d68-other-15", "kind": "other", "thread": None,
        "sender": "Gert-Jan Koster <gj.koster@gemeente-ede-wageningen.nl>", "subject": "Telefoonnummer",
        "body": "Goedemorgen,\n\nWilt u mijn mobiele nummer uit uw gegevens halen? Het stond op de deelnemerslijst van "
                "het vorige atelier en ik word nu gebeld door leveranciers. Verder mag alles blijven zoals het "
                "is.\n\nGert-Jan Koster",
    },
    {
        "id": "d68-other-16", "kind": "other", "thread": "reminder",
        "quoted": "herinnering_atelier", "quote": "outlook-nl",
        "sender": "Stefan Rutten <s.rutten@werkorganisatie-cgm.nl>",
        "body": "Dit is deze week al de vierde mail van jullie. Echt te veel! Kunnen jullie het niet bundelen?",
    },
    {
        "id": "d68-other-18", "kind": "other", "thread": "call_for_themes",
        "quoted": "oproep_themas", "quote": "outlook-en",
        "sender": "Niels Bakker <n.bakker@odrivierenland.nl>",
        "body": "That's a lot of emails for one meeting. Not unsubscribing, just saying.",
    },
    {
        "id": "d68-other-19", "kind": "other", "thread": None,
        "sender": "Marloes Timmer <m.timmer@a2samenwerking.nl>", "subject": "Tijdelijk geen mail",
        "body": "Beste Melanie,\n\nIk ben vanaf 1 februari een half jaar met zorgverlof. Wilt u mij tot augustus niets "
                "sturen? Daarna pak ik het graag weer op.\n\nHartelijke groet,\nMarloes Timmer",
    },
    {
        "id": "d68-other-21", "kind": "other", "thread": "call_for_themes",
        "quoted": "oproep_themas", "quote": "outlook-lijn",
        "sender": "Yasmina El Idrissi <y.elidrissi@werkorganisatie-hlt.nl>",
        "body": "Kunt u mijn lidmaatschap een jaar bevriezen? Ik zit midden in een reorganisatie en kom niet aan de "
                "ateliers toe. Opzeggen wil ik niet.\n\nYasmina",
    },
    {
        "id": "d68-other-22", "kind": "other", "thread": None,
        "sender": "Kim Jacobs <k.jacobs@werkorganisatie-druten-wijchen.nl>", "subject": "Alleen verslagen",
        "body": "Ik kom eigenlijk nooit naar de ateliers. Kunt u mij voortaan alleen de verslagen sturen en geen "
                "uitnodigingen meer?\n\nKim Jacobs",
    },
    {
        "id": "d68-other-23", "kind": "other", "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "gmail",
        "sender": "Ronald de Jong <ronald.dejong@gmail.com>",
        "body": "Please remove my deputy from the cc of your mails; she gets everything twice. I'd like to keep "
                "receiving them myself.\n\nRonald",
    },
    # ------------------------------------------------------------------ look-alikes: someone else left
    {
        "id": "d68-other-24", "kind": "other", "thread": None,
        "sender": "Ilse Martens <i.martens@werkorganisatie-zuid.nl>", "subject": "Vertrek directeur",
        "body": "Goedemorgen,\n\nTer informatie: onze directeur, de heer J. Pietersen, is per 1 januari met pensioen "
                "gegaan. Zijn opvolger is nog niet benoemd. Wilt u de berichten voorlopig naar mij sturen?\n\n"
                "Met vriendelijke groet,\nIlse Martens\nManagementassistent directie",
    },
    {
        "id": "d68-other-25", "kind": "other", "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
        "sender": "Secretariaat Directie <secretariaat@ferm-werk.nl>",
        "body": "Mevrouw Bakker is niet meer werkzaam bij onze organisatie. Uw bericht is niet doorgestuurd.\n\n"
                "Met vriendelijke groet,\nSecretariaat Directie",
    },
    {
        "id": "d68-auto-01", "kind": "autoreply", "thread": "invitation",
        "sender": "R. de Graaf <r.degraaf@werkorganisatie-cuijk.nl>",
        "subject": "Automatisch antwoord: Uitnodiging Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": "Dit is een automatisch bericht.\n\nDe heer R. de Graaf is niet langer werkzaam bij Werkorganisatie "
                "Cuijk. Uw e-mail wordt niet doorgestuurd. Voor vragen kunt u contact opnemen met "
                "info@werkorganisatie-cuijk.nl.",
    },
    {
        "id": "d68-auto-02", "kind": "autoreply", "thread": "reminder",
        "sender": "Femke Hoekstra <f.hoekstra@dewolden-hoogeveen.nl>",
        "subject": "Afwezig: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]",
        "headers": {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"},
        "body": "Ik ben afwezig tot en met 15 maart en lees mijn mail niet. Voor afmeldingen van cursussen en "
                "bijeenkomsten kunt u terecht bij opleidingen@dewolden-hoogeveen.nl.\n\nFemke Hoekstra",
    },
    {
        "id": "d68-other-26", "kind": "other", "thread": None,
        "sender": "Lars Vermeulen <l.vermeulen@werkorganisatie-zuid.nl>", "subject": "Plek Jan Pietersen",
        "body": "Beste secretariaat,\n\nSinds deze maand ben ik de opvolger van Jan Pietersen als directeur van "
                "Werkorganisatie Zuid; hij is vertrokken. Kan ik zijn plek in het netwerk overnemen, en hoe gaat "
                "dat in zijn werk?\n\nLars Vermeulen",
    },
    {
        "id": "d68-other-28", "kind": "other", "thread": None,
        "sender": "Tessa Brink <t.brink@werkorganisatie-bbr.nl>", "subject": "Nog steeds mail",
        "body": "Mijn collega Henk Lubbers (h.lubbers@werkorganisatie-bbr.nl) heeft zich vorige maand afgemeld maar "
                "krijgt nog steeds jullie mails. Kunnen jullie dat nakijken?\n\nTessa",
    },
    {
        "id": "d68-subscribe-01", "kind": "subscribe", "thread": None,
        "sender": "Bram Hofstede <b.hofstede@werkorganisatie-hlt.nl>", "subject": "Aanmelding collega",
        "body": "Beste Stan,\n\nOnze nieuwe adjunct-directeur, Femke Jansen (f.jansen@werkorganisatie-hlt.nl), wil ook "
                "lid worden van het netwerk. Wilt u haar aanmelden? Ik blijf zelf natuurlijk ook lid.\n\n"
                "Groet,\nBram Hofstede",
    },
    {
        "id": "d68-other-30", "kind": "other", "thread": None,
        "sender": "Jolanda Smit <j.smit@gemeente-altena.nl>", "subject": "Adjunct",
        "body": "Mijn nieuwe adjunct, Lotte Meijer, is erg geïnteresseerd in het netwerk. Mag zij een keer "
                "meekomen naar een atelier?\n\nJolanda",
    },
    # ------------------------------------------------------------------ look-alikes: address changes
    {
        "id": "d68-other-31", "kind": "other", "thread": None,
        "sender": "Hans de Groot <h.degroot@gemeentebergen.nl>", "subject": "Wijziging e-mailadres",
        "body": "Geacht secretariaat,\n\nIn verband met de fusie verandert mijn e-mailadres per 1 maart van "
                "h.degroot@gemeentebergen.nl naar h.degroot@bucho.nl. Het oude adres wordt dan opgeheven. Wilt u "
                "dit in uw bestand aanpassen?\n\nMet vriendelijke groet,\nHans de Groot",
    },
    {
        "id": "d68-other-33", "kind": "other", "thread": "welcome",
        "quoted": "welkom", "quote": "apple",
        "sender": "Michiel Brands <m.brands@westbetuwe.nl>",
        "body": "Dank! Kunt u voortaan mijn persoonlijke adres gebruiken, michiel.brands@ziggo.nl? Mijn werkadres "
                "wordt binnenkort opgeheven.\n\nMichiel",
    },
    # ------------------------------------------------------------------ look-alikes: someone else's leave
    {
        "id": "d68-other-34", "kind": "other", "thread": None,
        "sender": "Anja Willems <secretariaat@werkorganisatie-druten-wijchen.nl>", "subject": "FW: netwerk",
        "body": "Beste secretariaat,\n\nHieronder een bericht van onze oud-directeur. Kunt u dit regelen?\n\n"
                "Groet, Anja\n\n---------- Doorgestuurd bericht ----------\nVan: Gerard Pol\n"
                "Datum: ma 1 mrt 2027 16:02\nOnderwerp: netwerk\n\n"
                "Anja, wil jij mij afmelden bij dat directeurennetwerk? Dank! Gerard",
    },
    {
        "id": "d68-other-35", "kind": "other", "thread": None,
        "sender": "Secretariaat directie <directie@gemeenteheusden.nl>", "subject": "afmelding",
        "body": "Namens de heer Van Leeuwen: hij wil graag worden afgemeld.\n\nMet vriendelijke groet,\n"
                "Secretariaat directie",
    },
    {
        "id": "d68-other-36", "kind": "other", "thread": None,
        "sender": "Priya Ramdin <p.ramdin@sharedservices-regio.nl>", "subject": "Fwd: that network",
        "body": "FYI - see below, from my former boss who no longer uses this mailbox.\n\nPriya\n\n"
                "> Could you get me off that directors' network list?\n> Ben",
    },
    # ------------------------------------------------------------------ look-alikes: how does leaving work
    {
        "id": "d68-other-37", "kind": "other", "thread": None,
        "sender": "Carolien Bos <c.bos@werkorganisatie-vijfheerenlanden.nl>", "subject": "Vraag over afmelden",
        "body": "Hoe meld ik mij af als ik straks van functie wissel? Gaat dat vanzelf, of moet ik dat zelf "
                "doorgeven?\n\nCarolien Bos",
    },
    {
        "id": "d68-other-38", "kind": "other", "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
        "sender": "Theo van Dijk <t.vandijk@werkorganisatie-bghu.nl>",
        "body": "Als ik me afmeld, worden mijn gegevens dan ook verwijderd? Dat wil ik graag eerst weten voordat ik "
                "een besluit neem.\n\nTheo van Dijk",
    },
    {
        "id": "d68-other-40", "kind": "other", "thread": "goodbye",
        "quoted": "afmelding_bevestigd", "quote": "gmail",
        "sender": "Peter Claassen <p.claassen@gemeente-oldebroek.nl>",
        "body": "Ik heb me helemaal niet afgemeld! Hoe kan dit?\n\nPeter Claassen",
    },
    {
        "id": "d68-other-41", "kind": "other", "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "outlook-lijn",
        "sender": "Wim Hazelaar <w.hazelaar@hltsamen.nl>",
        "body": "Als het atelier voortaan alleen nog online is, meld me dan maar af. Is dat zo?\n\nWim",
    },
    {
        "id": "d68-other-42", "kind": "other", "thread": "call_for_themes",
        "quoted": "vervolg_atelier", "quote": "notes-wrote",
        "sender": "Susan Derksen <s.derksen@odzob.nl>",
        "body": "Beste Stan,\n\nIk twijfel of ik lid blijf: de laatste twee ateliers sloten niet goed aan bij de "
                "vraagstukken waar wij mee worstelen. Kunnen we daar eens over bellen?\n\nSusan Derksen",
    },
    {
        "id": "d68-other-43", "kind": "other", "thread": "call_for_themes",
        "quoted": "vervolg_atelier", "quote": "apple",
        "sender": "Ferdinand Bouman <f.bouman@werkorganisatie-cuijk.nl>",
        "body": "Graag afmelden. Wel nog een vraag: kan ik het verslag van dit laatste atelier ook als pdf krijgen? "
                "De link werkt bij ons niet.\n\nFerdinand",
    },
    # ------------------------------------------------------------------ look-alikes: confirmation with a question
    {
        "id": "d68-other-45", "kind": "other", "thread": "confirmation",
        "quoted": "bevestiging_aanmelding", "quote": "groupwise",
        "sender": "Karin Loos <k.loos@werkorganisatie-bbr.nl>",
        "body": "Wat houdt dit lidmaatschap precies in? Hoeveel tijd kost het, en wie zitten er verder in?\n\n"
                "Karin Loos",
    },
    {
        "id": "d68-other-46", "kind": "other", "thread": "confirmation",
        "quoted": "bevestiging_aanmelding", "quote": "gmail",
        "sender": "Onno Zijlstra <onno.zijlstra@gmail.com>",
        "body": "Wie heeft mij aangemeld? Ik ken dit netwerk niet en vraag me af hoe u aan dit adres komt.",
    },
    {
        "id": "d68-other-47", "kind": "other", "thread": "confirmation",
        "quoted": "bevestiging_aanmelding", "quote": "outlook-lijn",
        "sender": "Saskia Meulenbelt <s.meulenbelt@a2samenwerking.nl>",
        "body": "Ja, bevestigd. Maar kan mijn adjunct ook de uitnodigingen ontvangen, zonder zelf lid te "
                "zijn?\n\nSaskia",
    },
    {
        "id": "d68-other-48", "kind": "other", "thread": "confirmation",
        "quoted": "herinnering_aanmelding", "quote": "outlook-en",
        "sender": "Gavin Lodewijks <g.lodewijks@dordrecht-werkorganisatie.nl>",
        "body": "Before I confirm: is this network only for directors, or can deputy directors join as well?\n\nGavin",
    },
    {
        "id": "d68-other-49", "kind": "other", "thread": "confirmation",
        "sender": "Marjolein Kuiper <m.kuiper@werkorganisatie-hbl.nl>",
        "body": "> Uw referentie is AF-7K3Q9-XM2PA-4RTZ8. Deze is geldig tot en met 13 december 2026.\n\n"
                "Ik ben tot half december op vakantie. Kan ik daarna nog bevestigen, of moet ik me dan opnieuw "
                "aanmelden?\n\nMarjolein",
    },
    {
        "id": "d68-other-50", "kind": "other", "thread": "confirmation",
        "quoted": "bevestiging_aanmelding", "quote": "apple",
        "sender": "Maarten Dijkstra <maarten.dijkstra@hotmail.com>",
        "body": "Ik wil me graag aanmelden, maar dit is mijn privéadres. Kunt u in plaats daarvan "
                "m.dijkstra@werkorganisatie-dbl.nl gebruiken?\n\nMaarten",
    },
    {
        "id": "d68-other-51", "kind": "other", "thread": "confirmation",
        "quoted": "bevestiging_aanmelding", "quote": "outlook-nl",
        "sender": "Sander Wouters <s.wouters@werkorganisatie-zuid.nl>",
        "body": "Bevestigd. Mijn voorganger Jan Pietersen kunt u van de lijst halen; ik ben zijn opvolger.\n\n"
                "Sander Wouters",
    },
    # ------------------------------------------------------------------ look-alikes: a "yes" to something else
    {
        "id": "d68-other-52", "kind": "other", "thread": None,
        "sender": "Ellen Verschuren <e.verschuren@ferm-werk.nl>", "subject": "RE: Foto's atelier",
        "body": "Ja, prima, de foto mag op de website.\n\nEllen",
    },
    {
        "id": "d68-other-53", "kind": "other", "thread": "goodbye",
        "quoted": "afmelding_bevestigd", "quote": "outlook-nl",
        "sender": "Harm Vos <h.vos@gemeentenoardeast-fryslan.nl>",
        "body": "Ja, klopt. Dank voor alles!\n\nHarm",
    },
    {
        "id": "d68-other-55", "kind": "other", "thread": "welcome",
        "quoted": "welkom", "quote": "outlook-lijn",
        "sender": "Ruben Smeets <r.smeets@odrivierenland.nl>",
        "body": "Ja! Fijn om erbij te zijn. Ik laat binnenkort van me horen als ik een onderwerp heb.\n\nRuben",
    },
    {
        "id": "d68-other-56", "kind": "other", "thread": None,
        "sender": "Nathalie Moerman <n.moerman@werkorganisatie-druten-wijchen.nl>",
        "subject": "RE: Mag uw naam op de deelnemerslijst?",
        "body": "Ja hoor, geen bezwaar.\n\nNathalie",
    },
    # ------------------------------------------------------------------ look-alikes: other
    {
        "id": "d68-other-58", "kind": "other", "thread": None,
        "sender": "Jeroen Blom <jeroen.blom@privacyready.nl>", "subject": "Is uw mailinglijst AVG-proof?",
        "body": "Geachte directeur,\n\nVeel organisaties verwerken afmeldingen en verwijderverzoeken nog met de hand. "
                "PrivacyReady automatiseert inzage- en verwijderverzoeken volledig. Zullen we een kennismaking "
                "inplannen?\n\nMet vriendelijke groet,\nJeroen Blom, PrivacyReady\n\n"
                "Wilt u geen berichten meer van ons ontvangen? Antwoord dan met 'afmelden'.",
    },
    {
        "id": "d68-sugg-01", "kind": "suggestion", "themes": ["organisatie"], "thread": "call_for_themes",
        "quoted": "oproep_themas", "quote": "outlook-nl",
        "sender": "Gerrit Veenstra <g.veenstra@dewolden-hoogeveen.nl>",
        "body": "Beste Stan,\n\nMijn onderwerp: hoe stop je goed als directeur? Ik ga zelf over een jaar met pensioen "
                "en merk dat opvolging en kennisoverdracht in het managementteam nauwelijks geregeld zijn. Hoe "
                "organiseren collega's dat?\n\nGerrit Veenstra",
    },
]
# fmt: on
