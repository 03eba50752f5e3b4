"""Labelled mail (issue 17), set devset77: the double opt-in and the membership mails.

Covers replies under our confirmation request and its reminder (thread ``confirmation``): confirmations in many
wordings and registers, late ones, a signature only, an empty reply, disclaimers, phone footers, English, an
assistant answering from the director's mailbox, inline answers, a forward; denials, refusals, doubts, questions,
a confirmation for a different address, distrust of the mail, and out-of-office answers. Replies under the welcome
(thanks, topics, a leave, denials), replies under the goodbye (undoing the leave, thanks, complaints, a hand-over,
an erasure), and new mails asking to join (also forms with Naam/Organisatie/Functie fields, and English).

Conventions relied on (the secretariat's view):
- Joining, by the person themself: `subscribe`. A request to sign up one named colleague WITH that colleague's
  e-mail address: `subscribe` too (the colleague confirms by mail). Without the colleague's address, or several
  people at once: `other`.
- A plain denial under our confirmation mail ("ik heb me niet aangemeld", "dit was ik niet"): `unsubscribe`. A
  denial that asks where we got the address: `other`. A plain refusal of the pending membership is treated alike.
- Any reply that confirms, also one with nothing typed or a signature only, is `confirm`; an answer from the
  director's own mailbox written by an assistant on the director's behalf confirms too.
- A yes or a leave on a condition the secretariat must answer first, or a request plus a real question to the
  secretariat (a confirmation that asks to use another address, a confirmation plus a question): `other`.
- Under the goodbye, "lid blijven" and every wish to undo the leave: `subscribe`; thanks and complaints: `other`.
- A named successor taking over the seat (with their address): `unsubscribe` (hand-over). An AVG erasure request
  anywhere: `unsubscribe` with `erase` True.
- Applying for the Adviesraad, a question who may join: `other`. Thanks only: `other`.
- `suggestion` carries the themes of what the writer proposes (two only when two topics or one topic clearly spans
  both).
"""

from __future__ import annotations

from typing import Any

REF = "[ref:AF-7K3Q9-XM2PA-4RTZ8]"

DISCLAIMER_NL = (
    "Dit bericht is uitsluitend bestemd voor de geadresseerde(n). Als dit bericht niet voor u bestemd is, wordt u\n"
    "verzocht de afzender hiervan op de hoogte te stellen door het bericht te retourneren en de inhoud niet te\n"
    "gebruiken. Aan dit bericht kunnen geen rechten worden ontleend."
)

# fmt: off
CASES: list[dict[str, Any]] = [
    # ------------------------------------------------------------------ under the confirmation request / reminder
    {
        "id": "d77-conf-01", "kind": "confirm", "thread": "confirmation",
        "quoted": "bevestiging_aanmelding", "quote": "outlook-nl",
        "sender": "Henk Veldkamp <h.veldkamp@werkorganisatie-dwm.nl>",
        "body": "Ja, ik bevestig mijn aanmelding.\n\nMet vriendelijke groet,\n\nHenk Veldkamp\n"
                "Algemeen directeur Werkorganisatie Druten-Wijchen-Maasland",
    },
    {
        "id": "d77-conf-02", "kind": "confirm", "thread": "confirmation",
        "quoted": "bevestiging_aanmelding", "quote": "gmail",
        "sender": "Ruud Pronk <ruud.pronk@gmail.com>",
        "body": "Bevestigd.",
    },
    {
        "id": "d77-conf-03", "kind": "confirm", "thread": "confirmation",
        "quoted": "bevestiging_aanmelding", "quote": "outlook-lijn",
        "sender": "A.J.M. Schuurman <a.schuurman@bel-combinatie.nl>",
        "body": "Geachte heer Van de Laar, geachte mevrouw Huurneman,\n\n"
                "Hierbij bevestig ik dat ik graag lid word van het netwerk.\n\nHoogachtend,\n\n"
                "mr. drs. A.J.M. (Annemieke) Schuurman\nDirecteur bedrijfsvoering\nBEL Combinatie",
    },
    {
        "id": "d77-conf-04", "kind": "confirm", "thread": "confirmation",
        "quoted": "bevestiging_aanmelding", "quote": "apple",
        "sender": "Sanne Kuipers <s.kuipers@hltsamen.nl>",
        "body": "Ja graag!\n\nVerstuurd vanaf mijn iPhone",
    },
    {
        "id": "d77-conf-05", "kind": "confirm", "thread": "confirmation",
        "quoted": "bevestiging_aanmelding", "quote": "outlook-nl",
        "sender": "Pieter Doornbos <p.doornbos@werkorganisatie-kempenland.nl>",
        "body": "Met vriendelijke groet,\n\nPieter Doornbos\nDirecteur\nWerkorganisatie Kempenland\n"
                "T 040 - 208 55 10 | M 06 - 41 87 22 09",
    },
    {
        "id": "d77-conf-06", "kind": "confirm", "thread": "confirmation",
        "quoted": "herinnering_aanmelding", "quote": "outlook-nl",
        "sender": "Gerdien Koopmans <g.koopmans@servicepunt-vijfheuvelen.nl>",
        "body": "--\nGerdien Koopmans | gemeentesecretaris / algemeen directeur\nServicepunt Vijf Heuvelen\n"
                "Postbus 120, 7460 AC Rijssen\nwww.servicepunt-vijfheuvelen.nl",
    },
    {
        "id": "d77-conf-07", "kind": "confirm", "thread": "confirmation",
        "quoted": "bevestiging_aanmelding", "quote": "notes",
        "sender": "Rob Terpstra <r.terpstra@gemeente-lauwersmeer.nl>",
        "body": "Akkoord, ik bevestig.\n\nGroet,\nRob Terpstra\n\n" + DISCLAIMER_NL,
    },
    {
        "id": "d77-conf-08", "kind": "confirm", "thread": "confirmation",
        "quoted": "bevestiging_aanmelding", "quote": "outlook-en",
        "sender": "Sarah Mulder-Pinto <s.mulderpinto@deltawerk.nl>",
        "body": "Hello,\n\nYes, I confirm my registration.\n\nKind regards,\nSarah Mulder-Pinto\nManaging director",
    },
    {
        "id": "d77-conf-09", "kind": "confirm", "thread": "confirmation",
        "quoted": "herinnering_aanmelding", "quote": "apple",
        "sender": "Daan Brouwer <d.brouwer@werkorganisatie-cgm.nl>",
        "body": "Confirmed.\n\nSent from my iPhone",
    },
    {
        "id": "d77-conf-11", "kind": "confirm", "thread": "confirmation",
        "quoted": "herinnering_aanmelding", "quote": "gmail",
        "sender": "Marloes Timmer <marloes.timmer@outlook.com>",
        "body": "Nog net op tijd, hoop ik: ja, ik word graag lid.\n\nMarloes",
    },
    {
        "id": "d77-conf-12", "kind": "confirm", "thread": "confirmation",
        "quoted": "herinnering_aanmelding", "quote": "gmail",
        "sender": "Koen Vos <k.vos@werkorganisatie-hoeksewaard-zuid.nl>",
        "body": "\U0001F44D\n\nVerzonden vanaf mijn Galaxy",
    },
    {
        "id": "d77-conf-13", "kind": "confirm", "thread": "confirmation",
        "quoted": "bevestiging_aanmelding", "quote": "outlook-nl",
        "sender": "Bart van Rooij <b.vanrooij@werkorganisatie-cgm.nl>",
        "body": "Goedemorgen,\n\nNamens de heer Van Rooij bevestig ik zijn aanmelding; hij heeft mij gevraagd dit "
                "voor hem te regelen.\n\nMet vriendelijke groet,\n\nIngrid Lammers\n"
                "Managementassistent directie, namens Bart van Rooij",
    },
    {
        "id": "d77-conf-14", "kind": "confirm", "thread": "confirmation", "quote": "none",
        "subject": "RE: Bevestig uw aanmelding " + REF,
        "sender": "Yvonne Dekker <y.dekker@gemeente-bergenveld.nl>",
        "body": "> Wilt u uw aanmelding bevestigen? Beantwoord deze e-mail dan; u hoeft niets te typen.\n\n"
                "Ja, bij deze.\n\n"
                "> Uw referentie is AF-7K3Q9-XM2PA-4RTZ8. Deze is geldig tot en met 13 december 2026.\n\n"
                "Yvonne Dekker",
    },
    {
        "id": "d77-conf-15", "kind": "confirm", "thread": "confirmation",
        "quoted": "bevestiging_aanmelding", "quote": "groupwise",
        "sender": "Ton Bakker <tbakker@werkorganisatie-rivierenland-west.nl>",
        "body": "Ja, dat klopt. Aanmelding is akkoord.\n\nMvg\nTon Bakker",
    },
    {
        "id": "d77-conf-17", "kind": "confirm", "thread": "confirmation",
        "quoted": "bevestiging_aanmelding", "quote": "ongemarkeerd",
        "sender": "Esther Hendriks <e.hendriks@werkorganisatie-noordkop.nl>",
        "body": "Hartelijk dank, ik bevestig hierbij mijn aanmelding voor het netwerk. "
                "Ik kijk uit naar het eerste atelier.\n\nEsther Hendriks",
    },
    {
        "id": "d77-conf-18", "kind": "confirm", "thread": None,
        "quoted": "bevestiging_aanmelding", "quote": "doorgestuurd",
        "subject": "RE: FW: Bevestig uw aanmelding " + REF,
        "sender": "Leonie Wagemakers <l.wagemakers@gemeente-maasvallei.nl>",
        "body": "Stan, Melanie,\n\nDeze aanmelding ging via mijn secretariaat en was op mijn verzoek. "
                "Ik bevestig hem graag.\n\nLeonie Wagemakers",
    },
    {
        "id": "d77-conf-19", "kind": "confirm", "thread": "confirmation", "quote": "none",
        "subject": "RE: Bevestig uw aanmelding " + REF,
        "sender": "Marco Smeets <m.smeets@werkorganisatie-peelrand.nl>",
        "body": "Ja, ik wil graag lid worden.\nMarco",
    },
    {
        "id": "d77-conf-21", "kind": "confirm", "thread": "confirmation",
        "quoted": "herinnering_aanmelding", "quote": "outlook-lijn",
        "sender": "F.L. Oosterhuis <f.oosterhuis@werkorganisatie-westerkwartier.nl>",
        "body": "Geachte heer, mevrouw,\n\nGaarne bevestig ik mijn deelname aan het netwerk.\n\n"
                "Met vriendelijke groet,\n\nDr. F.L. (Frank) Oosterhuis MPA\nDirecteur",
    },
    {
        "id": "d77-conf-22", "kind": "confirm", "thread": "confirmation",
        "quoted": "herinnering_aanmelding", "quote": "outlook-nl",
        "sender": "Nadia Bouzid <n.bouzid@deltawerk.nl>",
        "body": "Ja hoor\n\nOutlook voor iOS downloaden<https://aka.ms/o0ukef>",
    },
    {
        "id": "d77-conf-23", "kind": "confirm", "thread": "confirmation",
        "quoted": "herinnering_aanmelding", "quote": "gmail",
        "sender": "Tom de Graaf <tom.degraaf@gmail.com>",
        "body": "Yes please, happy to join.\n\nBest,\nTom de Graaf",
    },
    {
        "id": "d77-conf-24", "kind": "confirm", "thread": "confirmation",
        "quoted": "herinnering_aanmelding", "quote": "outlook-lijn",
        "sender": "Hans Groeneveld <h.groeneveld@werkorganisatie-bommelerwaard.nl>",
        "body": "",
    },
    {
        "id": "d77-conf-26", "kind": "confirm", "thread": "confirmation",
        "quoted": "bevestiging_aanmelding", "quote": "outlook-en",
        "sender": "Erik Jonker <e.jonker@werkorganisatie-vechtstreek.nl>",
        "body": "Dat is in orde, ik heb me inderdaad aangemeld.\n\nErik Jonker\n\n"
                "-----------------------------------------------------------\n"
                "Disclaimer: this e-mail is intended only for the addressee. If you received it in error,\n"
                "please notify the sender and delete it. Werkorganisatie Vechtstreek accepts no liability\n"
                "for damage caused by the transmission of this e-mail.",
    },
    # denials and refusals
    {
        "id": "d77-conf-27", "kind": "unsubscribe", "thread": "confirmation",
        "quoted": "bevestiging_aanmelding", "quote": "outlook-nl",
        "sender": "Gert-Jan Mol <g.mol@werkorganisatie-kempenland.nl>",
        "body": "Ik heb mij niet aangemeld voor dit netwerk.\n\nG.J. Mol",
    },
    {
        "id": "d77-conf-28", "kind": "unsubscribe", "thread": "confirmation",
        "quoted": "bevestiging_aanmelding", "quote": "gmail",
        "sender": "Iris Wouters <iris.wouters@hotmail.com>",
        "body": "Dit was ik niet.\n\nVerzonden vanaf mijn Android-telefoon",
    },
    {
        "id": "d77-conf-29", "kind": "unsubscribe", "thread": "confirmation",
        "quoted": "herinnering_aanmelding", "quote": "outlook-nl",
        "sender": "Mark Verhoeven <m.verhoeven@werkorganisatie-noordkop.nl>",
        "body": "Dank voor de herinnering, maar ik zie af van het lidmaatschap. Daar heb ik op dit moment geen "
                "tijd voor.\n\nMet vriendelijke groet,\nMark Verhoeven",
    },
    {
        "id": "d77-conf-30", "kind": "unsubscribe", "thread": "confirmation",
        "quoted": "bevestiging_aanmelding", "quote": "outlook-en",
        "sender": "Peter Langeveld <p.langeveld@gemeente-bergenveld.nl>",
        "body": "I never signed up for this, please take me off your list.\n\nPeter",
    },
    {
        "id": "d77-conf-31", "kind": "unsubscribe", "thread": "confirmation",
        "quoted": "herinnering_aanmelding", "quote": "groupwise",
        "sender": "Joke Stam <jstam@werkorganisatie-rivierenland-west.nl>",
        "body": "afmelden",
    },
    {
        "id": "d77-conf-32", "kind": "unsubscribe", "thread": "confirmation",
        "quoted": "bevestiging_aanmelding", "quote": "outlook-lijn",
        "sender": "Frits Akkerman <f.akkerman@duoplus.nl>",
        "body": "Mijn secretariaat heeft mij kennelijk aangemeld, maar dat wil ik niet. Niet doorzetten dus.\n\n"
                "Frits Akkerman",
    },
    {
        "id": "d77-conf-33", "kind": "unsubscribe", "erase": True, "thread": "confirmation",
        "quoted": "bevestiging_aanmelding", "quote": "outlook-nl",
        "sender": "Monique Claassen <m.claassen@gemeente-lauwersmeer.nl>",
        "body": "Ik heb mij niet aangemeld. Op grond van de AVG verzoek ik u mijn e-mailadres en alle andere "
                "gegevens die u van mij hebt te verwijderen.\n\nM. Claassen",
    },
    # doubts, questions, distrust, other addresses
    {
        "id": "d77-conf-34", "kind": "other", "thread": "confirmation",
        "quoted": "bevestiging_aanmelding", "quote": "outlook-nl",
        "sender": "Theo Raaijmakers <t.raaijmakers@hltsamen.nl>",
        "body": "Ik heb me niet aangemeld. Hoe komt u aan mijn e-mailadres?\n\nT. Raaijmakers",
    },
    {
        "id": "d77-conf-35", "kind": "other", "thread": "confirmation",
        "quoted": "bevestiging_aanmelding", "quote": "gmail",
        "sender": "Wendy Kramer <w.kramer@werkorganisatie-peelrand.nl>",
        "body": "Voordat ik bevestig: wat wordt er van leden verwacht? Moet ik bij elk atelier aanwezig zijn?\n\n"
                "Wendy Kramer",
    },
    {
        "id": "d77-conf-36", "kind": "other", "thread": "confirmation",
        "quoted": "herinnering_aanmelding", "quote": "outlook-nl",
        "sender": "Jan-Willem Bos <jw.bos@werkorganisatie-westerkwartier.nl>",
        "body": "Ik twijfel nog. Per 1 juni ga ik met pensioen; heeft het dan nog zin om lid te worden? "
                "Bel me gerust even: 06 - 51 23 87 40.\n\nJan-Willem Bos",
    },
    {
        "id": "d77-conf-37", "kind": "other", "thread": "confirmation",
        "quoted": "bevestiging_aanmelding", "quote": "outlook-lijn",
        "sender": "Rianne Post <r.post@gemeente-maasvallei.nl>",
        "body": "Ik vertrouw deze mail niet. Ik heb nog nooit van dit netwerk gehoord en onze afdeling "
                "informatiebeveiliging waarschuwt voor dit soort berichten. Kunt u aantonen wie u bent?\n\n"
                "Rianne Post",
    },
    {
        "id": "d77-conf-38", "kind": "other", "thread": "confirmation",
        "quoted": "herinnering_aanmelding", "quote": "apple",
        "sender": "Sjoerd Hoekstra <s.hoekstra@werkorganisatie-noordkop.nl>",
        "body": "Is dit echt of is het phishing?\n\nVerstuurd vanaf mijn iPhone",
    },
    {
        "id": "d77-conf-39", "kind": "other", "thread": "confirmation",
        "quoted": "bevestiging_aanmelding", "quote": "outlook-nl",
        "sender": "Directie Werkorganisatie Vechtstreek <directie@werkorganisatie-vechtstreek.nl>",
        "body": "Ja, ik wil lid worden, maar dan graag op mijn persoonlijke adres "
                "h.dewit@werkorganisatie-vechtstreek.nl "
                "in plaats van dit algemene directie-adres.\n\nHarm de Wit",
    },
    {
        "id": "d77-conf-40", "kind": "other", "thread": "confirmation",
        "quoted": "bevestiging_aanmelding", "quote": "notes",
        "sender": "Jolanda Smits <j.smits@gemeente-zuidplas-oost.nl>",
        "body": "Ik bevestig, maar per 1 maart ga ik naar de nieuwe werkorganisatie en wordt mijn adres "
                "j.smits@werkorganisatie-zuidplas.nl. Wilt u vanaf dan dat adres gebruiken?\n\nJolanda Smits",
    },
    {
        "id": "d77-conf-41", "kind": "other", "thread": "confirmation",
        "quoted": "bevestiging_aanmelding", "quote": "gmail",
        "sender": "Lars Vermeulen <l.vermeulen@dommeldal-samen.nl>",
        "body": "Bevestigd. Mag ik bij de ateliers ook mijn plaatsvervanger meenemen?\n\nLars",
    },
    {
        "id": "d77-conf-42", "kind": "other", "thread": "confirmation",
        "quoted": "herinnering_aanmelding", "quote": "outlook-nl",
        "sender": "Marian Koster <m.koster@werkorganisatie-bommelerwaard.nl>",
        "body": "Geachte heer, mevrouw,\n\nDe heer Koster is tot 18 december met vakantie. Ik leg uw bericht bij "
                "zijn terugkomst aan hem voor.\n\nMet vriendelijke groet,\n\nMarian Oudshoorn\nSecretariaat directie",
    },
    {
        "id": "d77-conf-43", "kind": "other", "thread": "confirmation",
        "quoted": "bevestiging_aanmelding", "quote": "outlook-lijn",
        "sender": "Ronald Peters <r.peters@werkorganisatie-hoeksewaard-zuid.nl>",
        "body": "Als er geen kosten aan verbonden zijn, bevestig ik graag. Kunt u dat even laten weten?\n\n"
                "Ronald Peters",
    },
    {
        "id": "d77-conf-44", "kind": "other", "thread": "confirmation",
        "quoted": "bevestiging_aanmelding", "quote": "outlook-en",
        "sender": "Olga Novak <o.novak@deltawerk.nl>",
        "body": "Hi, I'm afraid my Dutch is limited. What exactly is this network, and what would joining "
                "involve?\n\nRegards,\nOlga Novak",
    },
    # machine answers under the confirmation request
    {
        "id": "d77-conf-45", "kind": "autoreply", "thread": "confirmation", "quote": "none",
        "subject": "Automatisch antwoord: Bevestig uw aanmelding " + REF,
        "headers": {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
        "sender": "Anton Wolters <a.wolters@werkorganisatie-kempenland.nl>",
        "body": "Ik ben afwezig tot en met maandag 14 december en lees mijn e-mail niet. Uw bericht wordt niet "
                "doorgestuurd. Voor dringende zaken kunt u contact opnemen met het secretariaat, 040 - 208 55 00.",
    },
    {
        "id": "d77-conf-46", "kind": "autoreply", "thread": "confirmation", "quote": "none",
        "subject": "Automatic reply: Herinnering: bevestig uw aanmelding " + REF,
        "headers": {"Auto-Submitted": "auto-replied"},
        "sender": "Sarah Mulder-Pinto <s.mulderpinto@deltawerk.nl>",
        "body": "Thank you for your message. I am out of the office until 4 January with limited access to "
                "e-mail. I will respond as soon as possible after my return.",
    },
    # ------------------------------------------------------------------ under the welcome
    {
        "id": "d77-welk-01", "kind": "other", "thread": "welcome", "quoted": "welkom", "quote": "outlook-nl",
        "sender": "Henk Veldkamp <h.veldkamp@werkorganisatie-dwm.nl>",
        "body": "Dank u wel, ik kijk uit naar het eerste atelier!\n\nHenk",
    },
    {
        "id": "d77-welk-02", "kind": "other", "thread": "welcome", "quoted": "welkom", "quote": "apple",
        "sender": "Sanne Kuipers <s.kuipers@hltsamen.nl>",
        "body": "Top, dank!\n\nVerstuurd vanaf mijn iPhone",
    },
    {
        "id": "d77-welk-03", "kind": "other", "thread": "welcome", "quoted": "welkom", "quote": "outlook-en",
        "sender": "Tom de Graaf <tom.degraaf@gmail.com>",
        "body": "Thanks, glad to be on board.\n\nTom",
    },
    {
        "id": "d77-welk-05", "kind": "suggestion", "themes": ["organisatie"], "thread": "welcome",
        "quoted": "welkom", "quote": "outlook-nl",
        "sender": "Esther Hendriks <e.hendriks@werkorganisatie-noordkop.nl>",
        "body": "Dank voor het welkom. Een onderwerp dat bij ons speelt: hoe houden we de formatie op peil nu de "
                "arbeidsmarkt zo krap is? Werving en behoud van personeel bespreek ik graag met collega's.\n\n"
                "Esther Hendriks",
    },
    {
        "id": "d77-welk-06", "kind": "suggestion", "themes": ["samenwerking"], "thread": "welcome",
        "quoted": "welkom", "quote": "gmail",
        "sender": "Marloes Timmer <marloes.timmer@outlook.com>",
        "body": "Ik heb meteen een onderwerp: hoe ga je om met drie colleges die elk iets anders van de "
                "werkorganisatie verwachten? De verhoudingen tussen de gemeenten onderling staan bij ons flink "
                "onder druk.\n\nMarloes",
    },
    {
        "id": "d77-welk-07", "kind": "suggestion", "themes": ["dienstverlening"], "thread": "welcome",
        "quoted": "welkom", "quote": "outlook-lijn",
        "sender": "Carla Wijnands <c.wijnands@gemeente-zuidplas-oost.nl>",
        "body": "Graag zou ik het eens hebben over het meten van de tevredenheid van inwoners en ondernemers "
                "over onze dienstverlening: welke cijfers gebruiken jullie en wat doen jullie ermee?\n\n"
                "Carla Wijnands",
    },
    {
        "id": "d77-welk-08", "kind": "suggestion", "themes": ["strategie"], "thread": "welcome",
        "quoted": "welkom", "quote": "notes",
        "sender": "F.L. Oosterhuis <f.oosterhuis@werkorganisatie-westerkwartier.nl>",
        "body": "Een onderwerp voor een van de ateliers: hoe ontwikkel je een visie op de werkorganisatie voor de "
                "lange termijn, als de bestuurlijke prioriteiten elke vier jaar veranderen?\n\nFrank Oosterhuis",
    },
    {
        "id": "d77-welk-09", "kind": "suggestion", "themes": ["organisatie", "dienstverlening"],
        "thread": "welcome", "quoted": "welkom", "quote": "outlook-nl",
        "sender": "Nadia Bouzid <n.bouzid@deltawerk.nl>",
        "body": "Dank! Twee onderwerpen die ik graag zou bespreken:\n"
                "- informatieveiligheid bij de overstap van onze applicaties naar de cloud\n"
                "- inwoners helpen via chat en WhatsApp in plaats van aan de balie\n\nNadia",
    },
    {
        "id": "d77-welk-10", "kind": "suggestion", "themes": ["dienstverlening"], "thread": "welcome",
        "quoted": "welkom", "quote": "gmail",
        "sender": "Olga Novak <o.novak@deltawerk.nl>",
        "body": "Thank you! A topic I would like to discuss: how do other directors use dashboards to monitor "
                "the performance of the services we deliver to residents?\n\nOlga",
    },
    {
        "id": "d77-welk-11", "kind": "unsubscribe", "thread": "welcome", "quoted": "welkom", "quote": "outlook-nl",
        "sender": "Koen Vos <k.vos@werkorganisatie-hoeksewaard-zuid.nl>",
        "body": "Bij nader inzien wil ik toch geen lid zijn. Wilt u mij weer afmelden?\n\nKoen Vos",
    },
    {
        "id": "d77-welk-12", "kind": "unsubscribe", "thread": "welcome", "quoted": "welkom",
        "quote": "outlook-lijn",
        "sender": "Petra van Dam <p.vandam@gemeente-heuvelrug-oost.nl>",
        "body": "Ik heb me nooit aangemeld en ook niets bevestigd. Haal mij graag van uw lijst.\n\nP. van Dam",
    },
    {
        "id": "d77-welk-13", "kind": "other", "thread": "welcome", "quoted": "welkom", "quote": "apple",
        "sender": "Gijs Meijer <g.meijer@werkorganisatie-peelrand.nl>",
        "body": "Ik heb niets bevestigd. Wie heeft mij aangemeld, en hoe kan het dat ik nu lid ben?\n\n"
                "Gijs Meijer",
    },
    {
        "id": "d77-welk-14", "kind": "other", "thread": "welcome", "quoted": "welkom", "quote": "outlook-nl",
        "sender": "Annemieke Schuurman <a.schuurman@bel-combinatie.nl>",
        "body": "Dank voor het welkom. Wanneer is het eerstvolgende atelier? Dan zet ik het alvast in mijn agenda."
                "\n\nAnnemieke Schuurman",
    },
    # ------------------------------------------------------------------ under the goodbye
    {
        "id": "d77-afm-01", "kind": "subscribe", "thread": "goodbye", "quoted": "afmelding_bevestigd",
        "quote": "notes",
        "sender": "Willem Hartog <w.hartog@dommeldal-samen.nl>",
        "body": "lid blijven",
    },
    {
        "id": "d77-afm-02", "kind": "subscribe", "thread": "goodbye", "quoted": "afmelding_bevestigd",
        "quote": "outlook-nl",
        "sender": "Yvonne Dekker <y.dekker@gemeente-bergenveld.nl>",
        "body": "Dit was niet de bedoeling! Ik wil graag lid blijven van het netwerk.\n\nYvonne Dekker",
    },
    {
        "id": "d77-afm-03", "kind": "subscribe", "thread": "goodbye", "quoted": "afmelding_bevestigd",
        "quote": "outlook-lijn",
        "sender": "Marco Smeets <m.smeets@werkorganisatie-peelrand.nl>",
        "body": "Ik had alleen laten weten dat ik niet naar het atelier kan komen, niet dat ik wil stoppen. "
                "Graag lid blijven dus.\n\nMarco Smeets",
    },
    {
        "id": "d77-afm-04", "kind": "subscribe", "thread": "goodbye", "quoted": "afmelding_bevestigd",
        "quote": "outlook-en",
        "sender": "Daan Brouwer <d.brouwer@werkorganisatie-cgm.nl>",
        "body": "This must be a mistake, I never asked to leave. Please keep me on as a member.\n\nDaan",
    },
    {
        "id": "d77-afm-05", "kind": "subscribe", "thread": "goodbye", "quoted": "afmelding_bevestigd",
        "quote": "gmail",
        "sender": "Ruud Pronk <ruud.pronk@gmail.com>",
        "body": "Toch maar niet: ik blijf graag lid. Excuses voor de verwarring.\n\nRuud",
    },
    {
        "id": "d77-afm-06", "kind": "other", "thread": "goodbye", "quoted": "afmelding_bevestigd",
        "quote": "outlook-nl",
        "sender": "Hans Groeneveld <h.groeneveld@werkorganisatie-bommelerwaard.nl>",
        "body": "Dank u wel. Het was een waardevol netwerk; succes verder!\n\nHans Groeneveld",
    },
    {
        "id": "d77-afm-08", "kind": "other", "thread": "goodbye", "quoted": "afmelding_bevestigd",
        "quote": "outlook-nl",
        "sender": "Mark Verhoeven <m.verhoeven@werkorganisatie-noordkop.nl>",
        "body": "Ik heb me drie keer moeten afmelden voordat het lukte en kreeg vorige week nog een uitnodiging. "
                "Dat kan echt beter.\n\nMark Verhoeven",
    },
    {
        "id": "d77-afm-09", "kind": "other", "thread": "goodbye", "quoted": "afmelding_bevestigd",
        "quote": "groupwise",
        "sender": "Joke Stam <jstam@werkorganisatie-rivierenland-west.nl>",
        "body": "Mijn afmelding stuurde ik al in september. Vreemd dat ik pas nu deze bevestiging krijg; wilt u "
                "nagaan waarom dat zo lang heeft geduurd?\n\nJoke Stam",
    },
    {
        "id": "d77-afm-10", "kind": "unsubscribe", "thread": "goodbye", "quoted": "afmelding_bevestigd",
        "quote": "outlook-nl",
        "sender": "Gert-Jan Mol <g.mol@werkorganisatie-kempenland.nl>",
        "body": "Mijn functie wordt per 1 maart overgenomen door Fatima El Idrissi (f.elidrissi@werkorganisatie-"
                "kempenland.nl). Zij neemt mijn plaats in het netwerk graag over.\n\nGert-Jan Mol",
    },
    {
        "id": "d77-afm-11", "kind": "unsubscribe", "erase": True, "thread": "goodbye",
        "quoted": "afmelding_bevestigd", "quote": "outlook-lijn",
        "sender": "Frits Akkerman <f.akkerman@duoplus.nl>",
        "body": "Wilt u nu ook al mijn gegevens uit uw bestanden verwijderen? Ik beroep mij daarbij op de AVG.\n\n"
                "F. Akkerman",
    },
    # ------------------------------------------------------------------ new mails asking to join
    {
        "id": "d77-new-01", "kind": "subscribe", "thread": None, "subject": "Aanmelden",
        "sender": "Lotte Verbeek <l.verbeek@werkorganisatie-lingewaal.nl>",
        "body": "Aanmelden\n\nMet vriendelijke groet,\nLotte Verbeek\nDirecteur Werkorganisatie Lingewaal",
    },
    {
        "id": "d77-new-02", "kind": "subscribe", "thread": None, "subject": "Aanmelding Netwerk directeuren",
        "sender": "Johan Wessels <j.wessels@werkorganisatie-achterhoek-oost.nl>",
        "body": "Naam: Johan Wessels\nOrganisatie: Werkorganisatie Achterhoek-Oost\nFunctie: algemeen directeur\n"
                "E-mail: j.wessels@werkorganisatie-achterhoek-oost.nl",
    },
    {
        "id": "d77-new-03", "kind": "subscribe", "thread": None, "subject": "aanmelding lidmaatschap",
        "sender": "Mirjam Hoekstra <m.hoekstra@gemeente-waddenkust.nl>",
        "body": "Goedemiddag,\n\nGraag meld ik mij aan met onderstaande gegevens.\n\n"
                "Naam: drs. M. (Mirjam) Hoekstra\nOrganisatie: Ambtelijke organisatie Waddenkust\n"
                "Functie: directeur / gemeentesecretaris\nTelefoon: 06 - 12 90 44 31\n\nGroet,\nMirjam",
    },
    {
        "id": "d77-new-04", "kind": "subscribe", "thread": None, "subject": "Registration",
        "sender": "Michael Jansen <m.jansen@werkorganisatie-grensland.nl>",
        "body": "Name: Michael Jansen\nOrganisation: Werkorganisatie Grensland\nPosition: general director\n\n"
                "I'd like to join the network.",
    },
    {
        "id": "d77-new-05", "kind": "subscribe", "thread": None, "subject": "Joining the network",
        "sender": "Ayse Demir <a.demir@werkorganisatie-vechtstreek.nl>",
        "body": "Dear secretariat,\n\nI recently became managing director of Werkorganisatie Vechtstreek and "
                "would like to become a member of your network.\n\nKind regards,\nAyse Demir",
    },
    {
        "id": "d77-new-06", "kind": "subscribe", "thread": None, "subject": "Netwerk directeuren",
        "sender": "Bram Kok <b.kok@buch-werkt.nl>",
        "body": "Beste Stan en Melanie,\n\nTijdens het VNG-congres vertelde een collega enthousiast over jullie "
                "netwerk. Ik sluit graag aan.\n\nHartelijke groet,\nBram Kok",
    },
    {
        "id": "d77-new-07", "kind": "subscribe", "thread": None, "subject": "lijst",
        "sender": "Bas Hofman <bas.hofman@ziggo.nl>",
        "body": "Hoi! Zet me maar op de lijst.\nGroet, Bas (directeur Werkorganisatie Duinstreek)",
    },
    {
        "id": "d77-new-08", "kind": "subscribe", "thread": None, "subject": "Lidmaatschap netwerk",
        "sender": "Saskia Vlietstra <s.vlietstra@werkorganisatie-lingewaal.nl>",
        "body": "Geacht secretariaat,\n\nPer 1 februari ben ik gestart als directeur van Werkorganisatie "
                "Lingewaal. Mijn voorganger was lid van het netwerk en dat wil ik graag voortzetten. "
                "Wilt u mij inschrijven?\n\nMet vriendelijke groet,\nSaskia Vlietstra",
    },
    {
        "id": "d77-new-09", "kind": "subscribe", "thread": None, "subject": "Aanmelding directeur",
        "sender": "Secretariaat directie <secretariaat.directie@werkorganisatie-grensland.nl>",
        "body": "Goedemorgen,\n\nNamens onze algemeen directeur, de heer drs. P. Jansen "
                "(p.jansen@werkorganisatie-grensland.nl), meld ik hem aan voor het netwerk.\n\n"
                "Met vriendelijke groet,\nTineke Scholten, managementassistent",
    },
    {
        "id": "d77-new-10", "kind": "subscribe", "thread": None, "subject": "Collega aanmelden",
        "sender": "Bram Kok <b.kok@buch-werkt.nl>",
        "body": "Mijn collega-directeur Linda Oomen (l.oomen@buch-werkt.nl) wil ook graag lid worden. Wilt u haar "
                "aanmelden?\n\nBram",
    },
    {
        "id": "d77-new-11", "kind": "subscribe", "thread": None, "subject": "Lidmaatschap",
        "sender": "Ferdinand Kruis <f.kruis@werkorganisatie-duinstreek.nl>",
        "body": "Graag aanmelden voor het netwerk.\n\nVerstuurd vanaf mijn iPhone",
    },
    {
        "id": "d77-new-12", "kind": "subscribe", "thread": None, "subject": "Weer meedoen",
        "sender": "Hans Groeneveld <h.groeneveld@werkorganisatie-bommelerwaard.nl>",
        "body": "Vorig jaar heb ik mij afgemeld omdat het te druk was, maar ik wil graag weer meedoen. "
                "Meldt u mij opnieuw aan?\n\nHans Groeneveld",
    },
    {
        "id": "d77-new-13", "kind": "subscribe", "thread": None, "subject": "Aanmelden netwerk directeuren",
        "sender": "Rick Vermaat <r.vermaat@gemeente-waddenkust.nl>",
        "body": "Met vriendelijke groet,\n\nRick Vermaat\nDirecteur bedrijfsvoering\n"
                "Ambtelijke organisatie Waddenkust",
    },
    {
        "id": "d77-new-14", "kind": "subscribe", "thread": None, "subject": "Aanmelding",
        "sender": "Ellen de Bruijn <e.debruijn@werkorganisatie-achterhoek-oost.nl>",
        "body": "Hierbij meld ik mij aan als lid van het Netwerk van directeuren van ambtelijke "
                "fusieorganisaties.\n\nEllen de Bruijn\nDirecteur Sociaal Domein\n\n" + DISCLAIMER_NL,
    },
    {
        "id": "d77-new-15", "kind": "subscribe", "thread": None, "subject": "Aanmeldformulier netwerk",
        "sender": "Wouter Brink <w.brink@werkorganisatie-duinstreek.nl>",
        "body": "Aanmeldformulier Netwerk van directeuren\n---------------------------------------\n"
                "Naam:          Wouter Brink\nOrganisatie:   Werkorganisatie Duinstreek\n"
                "Functie:       directeur Publiekszaken\nE-mailadres:   w.brink@werkorganisatie-duinstreek.nl\n"
                "Hoe kent u ons: via een collega",
    },
    {
        "id": "d77-new-16", "kind": "subscribe", "thread": None, "subject": "FW: netwerk directeuren",
        "sender": "Ingrid Wolff <i.wolff@gemeente-waddenkust.nl>",
        "body": "Dit lijkt me een interessant netwerk; graag meld ik me aan.\n\nIngrid Wolff\n\n"
                "---------- Doorgestuurd bericht ---------\nVan: Rick Vermaat <r.vermaat@gemeente-waddenkust.nl>\n"
                "Datum: ma 1 mrt 2027 om 16:12\nOnderwerp: netwerk directeuren\n\n"
                "Hoi Ingrid, dit is het netwerk waar ik het over had. Aanmelden gaat via info@ambtelijkefusie.nl.\n"
                "Rick",
    },
    {
        "id": "d77-new-17", "kind": "subscribe", "thread": None, "subject": "Verzoek tot aanmelding",
        "sender": "J.P. van der Heijden <jp.vanderheijden@werkorganisatie-rivierduinen.nl>",
        "body": "Geachte heer, mevrouw,\n\nGaarne zou ik mij willen aanmelden als lid van uw netwerk. Sinds "
                "1 januari ben ik algemeen directeur van Werkorganisatie Rivierduinen.\n\n"
                "Hoogachtend,\n\nmr. J.P. van der Heijden",
    },
    {
        "id": "d77-new-19", "kind": "subscribe", "thread": None, "subject": "Aanmelding namens directeur",
        "sender": "Managementondersteuning <mo@werkorganisatie-rivierduinen.nl>",
        "body": "Graag de volgende persoon aanmelden:\n\nNaam: Femke Zandstra\nOrganisatie: Werkorganisatie "
                "Rivierduinen\nFunctie: directeur Ruimte\nE-mail: f.zandstra@werkorganisatie-rivierduinen.nl\n\n"
                "Alvast bedankt,\nMarjolein, managementondersteuning",
    },
    # new mails that a person must handle
    {
        "id": "d77-new-21", "kind": "other", "thread": None, "subject": "Aanmelding collega",
        "sender": "Ellen de Bruijn <e.debruijn@werkorganisatie-achterhoek-oost.nl>",
        "body": "Kunt u ook onze directeur bedrijfsvoering, Sander Bosman, aanmelden voor het netwerk?\n\nEllen",
    },
    {
        "id": "d77-new-22", "kind": "other", "thread": None, "subject": "Aanmelding directieteam",
        "sender": "Johan Wessels <j.wessels@werkorganisatie-achterhoek-oost.nl>",
        "body": "Wij willen graag met het hele directieteam lid worden:\n"
                "- Johan Wessels, j.wessels@werkorganisatie-achterhoek-oost.nl\n"
                "- Ellen de Bruijn, e.debruijn@werkorganisatie-achterhoek-oost.nl\n"
                "- Sander Bosman, s.bosman@werkorganisatie-achterhoek-oost.nl\n\nGroet, Johan",
    },
    {
        "id": "d77-new-23", "kind": "other", "thread": None, "subject": "Vraag over lidmaatschap",
        "sender": "Niels Aarts <n.aarts@gemeente-heuvelrug-oost.nl>",
        "body": "Mag ik als afdelingshoofd ook lid worden, of is het netwerk alleen bedoeld voor directeuren?\n\n"
                "Niels Aarts",
    },
    {
        "id": "d77-new-24", "kind": "other", "thread": None, "subject": "Lid worden",
        "sender": "Brigitte Lammers <b.lammers@werkorganisatie-rivierduinen.nl>",
        "body": "Ik wil graag lid worden. Hoeveel tijd vraagt het lidmaatschap ongeveer per jaar, en worden de "
                "ateliers ook online aangeboden?\n\nBrigitte Lammers",
    },
    {
        "id": "d77-new-25", "kind": "other", "thread": None, "subject": "Adviesraad",
        "sender": "J.P. van der Heijden <jp.vanderheijden@werkorganisatie-rivierduinen.nl>",
        "body": "Geacht secretariaat,\n\nIk zou graag zitting nemen in de Adviesraad van het netwerk. Hoe verloopt "
                "de selectie?\n\nMet vriendelijke groet,\nJ.P. van der Heijden",
    },
    {
        "id": "d77-new-26", "kind": "other", "thread": None, "subject": "Aanmelding",
        "sender": "Secretariaat Directie <secretariaat@werkorganisatie-duinstreek.nl>",
        "body": "Graag aanmelden:\n\nNaam: Gerard Vink\nOrganisatie: Werkorganisatie Duinstreek\n"
                "Functie: algemeen directeur\n\nMet vriendelijke groet,\nSecretariaat Directie",
    },
    {
        "id": "d77-new-27", "kind": "other", "thread": None, "subject": "Membership deputy",
        "sender": "Ayse Demir <a.demir@werkorganisatie-vechtstreek.nl>",
        "body": "Could my deputy director also join the network? He would find the ateliers very useful.\n\nAyse",
    },
    {
        "id": "d77-new-28", "kind": "other", "thread": None, "subject": "Aanmelden?",
        "sender": "Harrie Coenen <h.coenen@gemeente-mergelland.nl>",
        "body": "Als het netwerk ook openstaat voor gemeentesecretarissen van gemeenten die niet gefuseerd zijn, "
                "meld ik mij graag aan. Klopt dat?\n\nHarrie Coenen",
    },
]
# fmt: on
