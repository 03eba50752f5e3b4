"""Held-out set 22 (issue 17): the mailbox in a busy season, never used to tune anything.

About a hundred and fifteen messages as the secretariat receives them over one spring atelier cycle (call for themes,
invitation, reminder, follow-up), in realistic proportions: sign-ups (by directors, by assistants with the director's
address, from a web form pasted into a mail, a few in English), confirmations under our confirmation mail and its
reminder (mostly very short), RSVPs under invitations, reminders, the waiting-list mail, the change mail and the
substitute's invitation, topic suggestions under the call for themes, the follow-up and the thank-you, leaves,
hand-overs, AVG erasure requests, out-of-office and other machine answers, and the mail a person must handle.

Conventions relied on (from the dataset brief):
- A request to sign up one named colleague WITH that colleague's address: `subscribe`; without the address, or
  several people at once: `other`. A reply "lid blijven" under our goodbye mail (re-joining): `subscribe`.
- A plain denial under our confirmation mail: `unsubscribe`; a denial that asks where we got the address: `other`.
- Under the call for themes or the follow-up: a topic is a `suggestion` (also when the writer says whether they come);
  only whether they come is an `rsvp`; a proposal about the form of the ateliers (day, venue, online) is `other`.
- Leaving the network and declining the atelier in one mail: `unsubscribe`. A decline that keeps the membership, also
  with a substitute: `rsvp` False. Declining "the atelier" with the word "afmelden" keeps the membership.
- A named successor taking over the seat (with address): `unsubscribe`; a colleague reporting that someone left:
  `other`.
- An AVG erasure request anywhere (also without the word AVG): `unsubscribe` with `erase` True; a request to see one's
  data: `other`.
- A mail that changes an earlier answer carries the latest answer. A yes or a leave on a condition the secretariat
  must answer first, or a request plus a real question: `other`.
- An answer about the atelier for someone else in a NEW mail: `other`; in reply to our invitation: `rsvp`.
- A mail forwarded to us (quote `doorgestuurd`) has no thread.
- Themes: the theme(s) of what the writer proposes, not of words used in passing; two only where the topic clearly
  spans both.
"""

from __future__ import annotations

from typing import Any

DISCLAIMER_GEMEENTE = (
    "Dit bericht is uitsluitend bestemd voor de geadresseerde. Als dit bericht niet voor u bestemd is, wordt u\n"
    "verzocht de afzender hiervan op de hoogte te stellen door het bericht te retourneren en de inhoud niet te\n"
    "gebruiken. Aan dit bericht kunnen geen rechten worden ontleend."
)

DISCLAIMER_WO = (
    "Disclaimer: de informatie in dit e-mailbericht is vertrouwelijk en uitsluitend bestemd voor de geadresseerde.\n"
    "De werkorganisatie aanvaardt geen aansprakelijkheid voor schade die voortvloeit uit het gebruik van deze mail."
)

# fmt: off
CASES: list[dict[str, Any]] = [
    # ------------------------------------------------------------------ subscribe
    {
        "id": "h22-sub-01", "kind": "subscribe",
        "sender": "Ellen Brouwer-Tjalma <e.brouwer@werkorganisatie-noordkwartier.nl>",
        "subject": "Aanmelding Netwerk directeuren",
        "body": """
Geachte heer, mevrouw,

Per 1 januari ben ik gestart als algemeen directeur van Werkorganisatie Noordkwartier, de ambtelijke organisatie
van twee Friese gemeenten. Verschillende collega's wezen mij op uw netwerk, en ik word daar graag lid van.

Met vriendelijke groet,

Ellen Brouwer-Tjalma
Algemeen directeur
Werkorganisatie Noordkwartier
T 0513 48 22 10 | M 06 41 87 35 02
""",
    },
    {
        "id": "h22-sub-02", "kind": "subscribe",
        "sender": "Directiesecretariaat Lek en Linge <directiesecretariaat@lekenlinge.nl>",
        "subject": "Aanmelding namens dhr. Bosschaart",
        "body": """
Goedemiddag,

Namens de heer R. Bosschaart, directeur van Werkorganisatie Lek en Linge, meld ik hem aan voor het Netwerk van
directeuren. Hij is bereikbaar op r.bosschaart@lekenlinge.nl; de bevestigingsmail mag naar dat adres.

Vriendelijke groet,

Nicole van Wijk
Managementondersteuner directie
Werkorganisatie Lek en Linge
0345 - 63 21 00 (ma, di, do)
""",
    },
    {
        "id": "h22-sub-03", "kind": "subscribe",
        "sender": "Thijs Wolters <t.wolters@dekempenpoort.nl>",
        "subject": "aanmelding (formulier werkte niet)",
        "body": """
Het aanmeldformulier op jullie site gaf na het versturen een foutmelding, daarom op deze manier. Dit had ik
ingevuld:

Voornaam: Thijs
Achternaam: Wolters
Functie: directeur / gemeentesecretaris
Organisatie: De Kempenpoort, werkorganisatie van drie Brabantse gemeenten
E-mailadres: t.wolters@dekempenpoort.nl
Telefoon: 040 - 208 44 90
Hoe kent u het netwerk?: via een collega-directeur
Opmerking: -

Groet,
Thijs
""",
    },
    {
        "id": "h22-sub-04", "kind": "subscribe",
        "sender": "Maarten Okafor <m.okafor@servicecentrum-drechtoevers.nl>",
        "subject": "Joining the directors' network",
        "body": """
Dear secretariat,

Last month I started as managing director of Servicecentrum Drechtoevers, the joint civil service of three
municipalities. I was told your network is the place to meet peers facing the same issues, so I would like
to become a member. Apologies for writing in English; my Dutch is improving and I can follow a meeting fine.

Kind regards,

Maarten Okafor
Managing Director | Servicecentrum Drechtoevers
+31 6 2814 7730
""",
    },
    {
        "id": "h22-sub-05", "kind": "subscribe",
        "sender": "Pieter Hoekstra <phoekstra@wo-zuidwesthoek.nl>",
        "subject": "aanmelden",
        "body": """
graag aanmelden voor het netwerk

pieter hoekstra
directeur wo zuidwesthoek
""",
    },
    {
        "id": "h22-sub-06", "kind": "subscribe",
        "sender": "Jolanda Meijerink <jolanda.meijerink@bergenland.nl>",
        "subject": "Netwerk",
        "body": """
Hoi Stan,

Leuk je vorige week op het congres te spreken. Zoals beloofd: zet me maar op de lijst, ik doe graag mee met het
netwerk. Mijn adres heb je nu.

Groet, Jolanda

Verstuurd vanaf mijn iPhone
""",
    },
    {
        "id": "h22-sub-07", "kind": "subscribe",
        "sender": "Karin Dekker | Bestuurssecretariaat <k.dekker@ijsselvallei-samen.nl>",
        "subject": "Nieuwe directeur aanmelden",
        "body": """
Beste secretariaat,

Met ingang van 1 februari heeft onze samenwerkingsorganisatie een nieuwe directeur, mevrouw drs. Aylin Yıldız.
Zij wil graag lid worden van het netwerk. Haar e-mailadres is a.yildiz@ijsselvallei-samen.nl.

Alvast bedankt!

Met vriendelijke groet,
Karin Dekker
Bestuurssecretariaat | Samenwerkingsorganisatie IJsselvallei
T: 0570 - 69 30 12

""" + DISCLAIMER_WO,
    },
    {
        "id": "h22-sub-08", "kind": "subscribe",
        "sender": "W.F. ter Horst <w.terhorst@bvo-veluwezoom.nl>",
        "subject": "Verzoek tot inschrijving",
        "body": """
Geacht secretariaat,

Enige tijd geleden raakte ik in gesprek met een collega-directeur uit de Achterhoek, die mij met veel enthousiasme
vertelde over de Leer- en inspireer-ateliers van uw netwerk. Onze bedrijfsvoeringsorganisatie is drie jaar geleden
ontstaan uit het samengaan van de ambtelijke diensten van twee gemeenten, en wij lopen tegen vraagstukken aan
waarvan ik vermoed dat andere fusieorganisaties ze zullen herkennen. Het lijkt mij dan ook zinvol om daarover van
gedachten te wisselen.

Bij dezen verzoek ik u daarom mij als lid in te schrijven.

Hoogachtend,

mr. W.F. ter Horst
directeur
Bedrijfsvoeringsorganisatie Veluwezoom
Postbus 120, 6880 AC Velp
tel. 026 - 384 12 00
""",
    },
    {
        "id": "h22-sub-09", "kind": "subscribe",
        "sender": "Lisa Kramer <directiesecretariaat@werkorganisatie-randmeren.nl>",
        "subject": "Sign-up for our director",
        "body": """
Hello,

Could you please sign up our director, Jeroen Havinga, for the directors' network? His address is
j.havinga@werkorganisatie-randmeren.nl. He knows he will receive an e-mail to confirm.

Thank you,
Lisa Kramer
Executive assistant to the director
Werkorganisatie Randmeren
""",
    },
    {
        "id": "h22-sub-10", "kind": "subscribe",
        "sender": "Ria Veenstra <riaveenstra68@hotmail.com>",
        "subject": "aanmelidng",
        "body": """
Goedendag,

Graag wil ik mij aanmleden voor het netwerk van directueren van ambtelijke fusieorganisaties. Ik ben directuer bij de
werkorganisatie van twee gemeenten in Drenthe. Mijn werkadres weigert soms externe mail, dus gebruik graag dit adres.

mvg Ria Veenstra
""",
    },
    {
        "id": "h22-sub-11", "kind": "subscribe", "thread": None,
        "sender": "Hanneke Smeets <h.smeets@maasheuvel-dvo.nl>",
        "subject": "FW: Uitnodiging Leer- en inspireer-atelier 11 maart 2027",
        "quoted": "uitnodiging_atelier", "quote": "doorgestuurd",
        "body": """
Goedemorgen,

Een collega stuurde mij onderstaande uitnodiging door. Of ik op 11 maart kan weet ik nog niet, maar ik wil in
elk geval zelf lid worden van jullie netwerk. Wilt u mij inschrijven?

Hanneke Smeets
Directeur Dienstverleningsorganisatie Maasheuvel
""",
    },
    {
        "id": "h22-sub-12", "kind": "subscribe", "thread": "goodbye",
        "sender": "Frank Olthof <f.olthof@odijkerwaard.nl>",
        "quoted": "afmelding_bevestigd", "quote": "outlook-lijn",
        "body": """
lid blijven

Mijn secretaresse heeft mij per abuis afgemeld, dat was een misverstand tussen ons.

Frank Olthof
""",
    },
    # ------------------------------------------------------------------ confirm
    {
        "id": "h22-conf-01", "kind": "confirm", "thread": "confirmation",
        "sender": "A. Yildiz <a.yildiz@ijsselvallei-samen.nl>",
        "quoted": "bevestiging_aanmelding", "quote": "outlook-nl",
        "body": "",
    },
    {
        "id": "h22-conf-02", "kind": "confirm", "thread": "confirmation",
        "sender": "Rutger Bosschaart <r.bosschaart@lekenlinge.nl>",
        "quoted": "bevestiging_aanmelding", "quote": "gmail",
        "body": "Bevestigd.",
    },
    {
        "id": "h22-conf-03", "kind": "confirm", "thread": "confirmation",
        "sender": "Pieter Hoekstra <phoekstra@wo-zuidwesthoek.nl>",
        "quoted": "bevestiging_aanmelding", "quote": "apple",
        "body": """
Ja

Verstuurd vanaf mijn iPhone
""",
    },
    {
        "id": "h22-conf-04", "kind": "confirm", "thread": "confirmation",
        "sender": "Ellen Brouwer-Tjalma <e.brouwer@werkorganisatie-noordkwartier.nl>",
        "quoted": "bevestiging_aanmelding", "quote": "outlook-lijn",
        "body": """
Geachte heer Van de Laar, mevrouw Huurneman,

Hierbij bevestig ik mijn aanmelding.

Met vriendelijke groet,

Ellen Brouwer-Tjalma
Algemeen directeur Werkorganisatie Noordkwartier
T 0513 48 22 10

""" + DISCLAIMER_GEMEENTE,
    },
    {
        "id": "h22-conf-05", "kind": "confirm", "thread": "confirmation",
        "sender": "G. Kuiper <g.kuiper@dewoldenhaven.nl>",
        "quoted": "bevestiging_aanmelding", "quote": "groupwise",
        "body": "ok",
    },
    {
        "id": "h22-conf-06", "kind": "confirm", "thread": "confirmation",
        "sender": "J.P. Verhoef <jp.verhoef@gemeente-rijnstreek.nl>",
        "quoted": "herinnering_aanmelding", "quote": "notes",
        "body": """
Akkoord, dank u.

J.P. Verhoef
""",
    },
    {
        "id": "h22-conf-07", "kind": "confirm", "thread": "confirmation",
        "sender": "Marjolein Bakker <m.bakker@werkorganisatie-hof-en-heide.nl>",
        "quoted": "herinnering_aanmelding", "quote": "outlook-en",
        "body": """
Excuses voor mijn late reactie, ik was twee weken met verlof. Bij dezen alsnog bevestigd.

Met vriendelijke groet,
Marjolein Bakker
""",
    },
    {
        "id": "h22-conf-08", "kind": "confirm", "thread": "confirmation",
        "sender": "Ruud Lammers <r.lammers@servicebureau-oostkust.nl>",
        "quoted": "bevestiging_aanmelding", "quote": "ongemarkeerd",
        "body": """
Ja, graag. Mijn managementassistent had al aangekondigd dat deze mail zou komen.

Ruud Lammers
""",
    },
    {
        "id": "h22-conf-09", "kind": "confirm", "thread": "confirmation",
        "sender": "Bas Timmer <bas.timmer@gmail.com>",
        "quoted": "bevestiging_aanmelding", "quote": "gmail",
        "body": "Klopt, dit ben ik 👍",
    },
    {
        "id": "h22-conf-10", "kind": "confirm", "thread": "confirmation",
        "sender": "H.J. Oudeman <hj.oudeman@werkorganisatie-eemvallei.nl>",
        "quoted": "bevestiging_aanmelding", "quote": "outlook-nl",
        "body": """
Met vriendelijke groet,

Drs. H.J. (Hans) Oudeman
Directeur
Werkorganisatie Eemvallei
Postbus 35 | 3770 AA Barneveld
T 0342 - 49 51 11
www.werkorganisatie-eemvallei.nl
""",
    },
    {
        "id": "h22-conf-11", "kind": "confirm", "thread": "confirmation",
        "sender": "Maarten Okafor <m.okafor@servicecentrum-drechtoevers.nl>",
        "quoted": "bevestiging_aanmelding", "quote": "outlook-en",
        "body": """
Confirmed, thank you.

Maarten
""",
    },
    {
        "id": "h22-conf-12", "kind": "confirm", "thread": "confirmation",
        "sender": "Ingeborg Scholten <i.scholten@stadsbeheer-walcheren.nl>",
        "quoted": "bevestiging_aanmelding", "quote": "notes-wrote",
        "body": """
Ja, bij deze bevestigd. Fijn dat zo'n netwerk bestaat, ik hoorde er via collega's al veel goeds over.

Ingeborg Scholten
""",
    },
    {
        "id": "h22-conf-13", "kind": "confirm", "thread": "confirmation",
        "sender": "Jolanda Meijerink <jolanda.meijerink@bergenland.nl>",
        "quoted": "bevestiging_aanmelding", "quote": "apple",
        "body": """
Graag bevestig ik hierbij mijn deelname aan het netwerk.

Hartelijke groet,
Jolanda
""",
    },
    {
        "id": "h22-conf-14", "kind": "confirm", "thread": "confirmation",
        "sender": "Erik Jan Mulders <ej.mulders@wo-peelrand.nl>",
        "quoted": "herinnering_aanmelding", "quote": "outlook-lijn",
        "body": """
Bij deze! Hij stond in mijn ongewenste e-mail, vandaar de vertraging.

Outlook voor Android downloaden<https://aka.ms/AAb9ysg>
""",
    },
    {
        "id": "h22-conf-15", "kind": "confirm", "thread": None,
        "sender": "Thijs Wolters <t.wolters@dekempenpoort.nl>",
        "subject": "FW: Herinnering: bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "quoted": "herinnering_aanmelding", "quote": "doorgestuurd",
        "body": """
Mijn secretariaat zette deze door. Ja, ik wil lid worden: beschouw dit als mijn bevestiging.

Thijs Wolters
""",
    },
    # ------------------------------------------------------------------ rsvp
    {
        "id": "h22-rsvp-01", "kind": "rsvp", "attending": True, "thread": "invitation",
        "sender": "Ellen Brouwer-Tjalma <e.brouwer@werkorganisatie-noordkwartier.nl>",
        "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
        "body": """
Ja, ik kom.

Met vriendelijke groet,
Ellen Brouwer-Tjalma
""",
    },
    {
        "id": "h22-rsvp-02", "kind": "rsvp", "attending": False, "thread": "invitation",
        "sender": "Gerard Kuiper <g.kuiper@dewoldenhaven.nl>",
        "quoted": "uitnodiging_atelier", "quote": "gmail",
        "body": """
Helaas, die donderdagmiddag zit ik in de raadsvergadering over de voorjaarsnota.

Gerard
""",
    },
    {
        "id": "h22-rsvp-03", "kind": "rsvp", "attending": True, "thread": "invitation",
        "sender": "Marjolein Bakker <m.bakker@werkorganisatie-hof-en-heide.nl>",
        "quoted": "uitnodiging_atelier", "quote": "outlook-lijn",
        "body": """
Goedemiddag,

Ik ben erbij en neem mijn plaatsvervanger Ingrid Bos mee, dus graag twee plaatsen.

Groet,
Marjolein Bakker
Directeur Werkorganisatie Hof en Heide
06 - 52 19 88 04
""",
    },
    {
        "id": "h22-rsvp-04", "kind": "rsvp", "attending": True, "thread": "invitation",
        "sender": "Bas Timmer <bas.timmer@gmail.com>",
        "quoted": "uitnodiging_atelier", "quote": "apple",
        "body": """
Present!

Verzonden vanaf mijn iPad
""",
    },
    {
        "id": "h22-rsvp-05", "kind": "rsvp", "attending": True, "thread": "invitation",
        "sender": "J. de Graaf <j.degraaf@bar-werkorganisatie.nl>",
        "quoted": "uitnodiging_atelier", "quote": "groupwise",
        "body": """
Kom wel, maar het wordt eerder half vier. 's Ochtends en na de lunch heb ik een AB-vergadering die
gegarandeerd uitloopt.

Jan de Graaf
""",
    },
    {
        "id": "h22-rsvp-06", "kind": "rsvp", "attending": False, "thread": "invitation",
        "sender": "Ruud Lammers <r.lammers@servicebureau-oostkust.nl>",
        "quoted": "uitnodiging_atelier", "quote": "notes",
        "body": """
Zelf kan ik er niet bij zijn. In mijn plaats gaat Fleur Hendriksen, directeur bedrijfsvoering
(f.hendriksen@servicebureau-oostkust.nl). Zij heeft de datum al geblokt.

Met vriendelijke groet,

Ruud Lammers
Algemeen directeur Servicebureau Oostkust
""",
    },
    {
        "id": "h22-rsvp-07", "kind": "rsvp", "attending": False, "thread": "invitation",
        "sender": "Wim Brink <w.brink@gemeentenkrimpenlanden.nl>",
        "quoted": "uitnodiging_atelier", "quote": "ongemarkeerd",
        "body": "nee",
    },
    {
        "id": "h22-rsvp-08", "kind": "rsvp", "attending": True, "thread": "invitation",
        "sender": "Maarten Okafor <m.okafor@servicecentrum-drechtoevers.nl>",
        "quoted": "uitnodiging_atelier", "quote": "outlook-en",
        "body": """
Thanks for the invitation, I'll be there. Looking forward to meeting everyone.

Maarten
""",
    },
    {
        "id": "h22-rsvp-10", "kind": "rsvp", "attending": False, "thread": "invitation",
        "sender": "Secretariaat directie <secretariaat.directie@werkorganisatie-eemvallei.nl>",
        "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
        "body": """
Geachte heer, mevrouw,

Namens de heer Oudeman laat ik u weten dat hij op 11 maart verhinderd is wegens een bestuurlijk overleg in
de regio. Hij kijkt uit naar een volgende gelegenheid.

Met vriendelijke groet,

Petra Sloot
Secretariaat directie Werkorganisatie Eemvallei
0342 - 49 51 14
""",
    },
    {
        "id": "h22-rsvp-11", "kind": "rsvp", "attending": True, "thread": "invitation",
        "sender": "Ingeborg Scholten <i.scholten@stadsbeheer-walcheren.nl>",
        "quoted": "uitnodiging_atelier", "quote": "notes-wrote",
        "body": """
Ik sluit online aan via de Teams-link, de reis naar Utrecht is voor mij die dag niet te doen.

Ingeborg Scholten
""",
    },
    {
        "id": "h22-rsvp-12", "kind": "rsvp", "attending": True, "thread": "invitation",
        "sender": "Erik Jan Mulders <ej.mulders@wo-peelrand.nl>",
        "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
        "body": """
Wij komen met z'n tweeën: ikzelf en onze concerncontroller Hüseyin Aydın.

Erik Jan Mulders
Directeur Werkorganisatie Peelrand
T 0493 - 32 88 00

""" + DISCLAIMER_WO,
    },
    {
        "id": "h22-rsvp-13", "kind": "rsvp", "attending": True, "thread": "invitation",
        "sender": "Annemiek Groen <a.groen@werkorganisatie-vijfheuvelen.nl>",
        "subject": "RE: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid "
                   "[atelier:2027-1]",
        "body": """
Hallo,

> Komt u? Beantwoord deze e-mail met "ja, ik kom" of "nee, helaas". Neemt u iemand mee, vermeld dan met hoeveel
> personen u komt.

Ja, ik kom, alleen.

> Graag uw antwoord vóór 2 maart 2027.

Net op tijd dus :-)

Groet, Annemiek
""",
    },
    {
        "id": "h22-rsvp-15", "kind": "rsvp", "attending": False, "thread": "reminder",
        "sender": "Annemiek Groen <a.groen@werkorganisatie-vijfheuvelen.nl>",
        "quoted": "herinnering_atelier", "quote": "gmail",
        "body": """
Balen, ik lig met koorts in bed. Helaas, ik kan niet. Geef mijn plek maar door.

Annemiek
""",
    },
    {
        "id": "h22-rsvp-16", "kind": "rsvp", "attending": True, "thread": "reminder",
        "sender": "Marjolein Bakker <m.bakker@werkorganisatie-hof-en-heide.nl>",
        "quoted": "herinnering_atelier", "quote": "outlook-lijn",
        "body": """
Ik kom nog steeds, maar Ingrid kan helaas niet meer mee. Dus één plaats in plaats van twee.

Marjolein
""",
    },
    {
        "id": "h22-rsvp-17", "kind": "rsvp", "attending": False, "thread": "reminder",
        "sender": "J. de Graaf <j.degraaf@bar-werkorganisatie.nl>",
        "quoted": "herinnering_atelier", "quote": "outlook-nl",
        "body": """
Beste Stan en Melanie,

Er is voor donderdagmiddag een crisisoverleg met de drie burgemeesters ingepland. Ik moet jullie dus helaas
teleurstellen en afzeggen.

Met vriendelijke groet,

Jan de Graaf
Algemeen directeur BAR-werkorganisatie
""",
    },
    {
        "id": "h22-rsvp-18", "kind": "rsvp", "attending": True, "thread": "reminder",
        "sender": "Bas Timmer <bas.timmer@gmail.com>",
        "quoted": "herinnering_atelier", "quote": "apple",
        "body": """
Ik ben er, wel iets later want de trein uit Zwolle rijdt die middag niet door tot Utrecht. Reken op kwart over twee.

Verstuurd vanaf mijn iPhone
""",
    },
    {
        "id": "h22-rsvp-19", "kind": "rsvp", "attending": False, "thread": "invitation",
        "sender": "Wim Brink <w.brink@gemeentenkrimpenlanden.nl>",
        "quoted": "bevestiging_rsvp", "quote": "outlook-lijn",
        "body": """
Dank voor het bericht. Ik kan inmiddels toch niet meer, haal me maar van de wachtlijst zodat een ander de kans krijgt.

W. Brink
""",
    },
    {
        "id": "h22-rsvp-20", "kind": "rsvp", "attending": True, "thread": "invitation",
        "sender": "Gerard Kuiper <g.kuiper@dewoldenhaven.nl>",
        "quoted": "uitnodiging_atelier", "quote": "gmail",
        "body": """
Goed nieuws: de raadsvergadering is een week verschoven, dus ondanks mijn eerdere afzegging kan ik nu toch komen.

Gerard
""",
    },
    {
        "id": "h22-rsvp-21", "kind": "rsvp", "attending": False, "thread": "invitation",
        "sender": "Aylin Yıldız <a.yildiz@ijsselvallei-samen.nl>",
        "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
        "body": """
Goedemorgen,

Vorige week gaf ik door dat ik zou komen, maar ik moet mij helaas afmelden voor het atelier van 11 maart: er is
op die dag een extra vergadering van het algemeen bestuur uitgeschreven.

Met vriendelijke groet,

Aylin Yıldız
Directeur Samenwerkingsorganisatie IJsselvallei
""",
    },
    {
        "id": "h22-rsvp-23", "kind": "rsvp", "attending": True, "thread": "invitation",
        "sender": "Ingeborg Scholten <i.scholten@stadsbeheer-walcheren.nl>",
        "quoted": "wijziging_atelier", "quote": "outlook-nl",
        "body": """
De nieuwe datum komt mij zelfs beter uit dan de oude. Ik kom nog steeds graag.

Ingeborg
""",
    },
    {
        "id": "h22-rsvp-24", "kind": "rsvp", "attending": True, "thread": "call_for_themes",
        "sender": "Karel Smulders <k.smulders@kempenstroom.nl>",
        "quoted": "oproep_themas", "quote": "outlook-lijn",
        "body": """
Een specifiek onderwerp heb ik niet, ik laat me graag verrassen. Op 11 maart ben ik er in ieder geval bij.

Karel
""",
    },
    {
        "id": "h22-rsvp-25", "kind": "rsvp", "attending": True, "thread": "invitation",
        "sender": "Fleur Hendriksen <f.hendriksen@servicebureau-oostkust.nl>",
        "quoted": "uitnodiging_vervanger", "quote": "outlook-nl",
        "body": """
Dank u wel, ik neem de plaats graag in en kom samen met een collega van mijn afdeling. Tot de 11e!

Fleur Hendriksen
Directeur Bedrijfsvoering | Servicebureau Oostkust
M 06 - 10 48 23 67
""",
    },
    {
        "id": "h22-rsvp-26", "kind": "rsvp", "attending": False, "thread": "invitation",
        "sender": "Tamara Vos <t.vos@wo-stichtsevaart.nl>",
        "quoted": "uitnodiging_vervanger", "quote": "gmail",
        "body": """
Dank voor de uitnodiging, maar op die datum heb ik zelf ook al een verplichting. Ik heb Dirk al gemeld dat het van
onze kant dan niet doorgaat.

Tamara Vos
""",
    },
    {
        "id": "h22-rsvp-27", "kind": "rsvp", "attending": True, "thread": "reminder",
        "sender": "pieter hoekstra <phoekstra@wo-zuidwesthoek.nl>",
        "quoted": "herinnering_atelier", "quote": "groupwise",
        "body": "ja ik kom gewoon tot donderdag",
    },
    {
        "id": "h22-rsvp-28", "kind": "rsvp", "attending": False, "thread": "reminder",
        "sender": "Maarten Okafor <m.okafor@servicecentrum-drechtoevers.nl>",
        "quoted": "herinnering_atelier", "quote": "outlook-en",
        "body": """
Unfortunately I won't make it on Thursday after all, a budget meeting was moved to that afternoon. My apologies.

Maarten Okafor
Managing Director | Servicecentrum Drechtoevers
""",
    },
    # ------------------------------------------------------------------ suggestion
    {
        "id": "h22-sugg-01", "kind": "suggestion", "themes": ["samenwerking"], "thread": "call_for_themes",
        "sender": "Marjolein Bakker <m.bakker@werkorganisatie-hof-en-heide.nl>",
        "quoted": "oproep_themas", "quote": "outlook-nl",
        "body": """
Goedemorgen,

Ik zou graag praten over hoe je als werkorganisatie omgaat met drie colleges die elk hun eigen wensen en hun eigen
tempo hebben. Wie bepaalt uiteindelijk de volgorde, en hoe voorkom je dat de grootste gemeente alles naar zich toe
trekt?

Marjolein Bakker
""",
    },
    {
        "id": "h22-sugg-02", "kind": "suggestion", "themes": ["organisatie"], "thread": "call_for_themes",
        "sender": "Erik Jan Mulders <ej.mulders@wo-peelrand.nl>",
        "quoted": "oproep_themas", "quote": "gmail",
        "body": """
Onderwerp: de inzet van AI en taalmodellen in onze werkprocessen, en wat dat vraagt van informatiebeveiliging
en van onze I&A-afdeling.

EJ
""",
    },
    {
        "id": "h22-sugg-03", "kind": "suggestion", "themes": ["dienstverlening"], "thread": "call_for_themes",
        "sender": "Annemiek Groen <a.groen@werkorganisatie-vijfheuvelen.nl>",
        "quoted": "oproep_themas", "quote": "apple",
        "body": """
Hoe meten jullie de tevredenheid van inwoners over het KCC zonder ze na elk telefoontje een enquête te sturen?

Annemiek
""",
    },
    {
        "id": "h22-sugg-04", "kind": "suggestion", "themes": ["strategie"], "thread": "call_for_themes",
        "sender": "W.F. ter Horst <w.terhorst@bvo-veluwezoom.nl>",
        "quoted": "oproep_themas", "quote": "outlook-lijn",
        "body": """
Geacht secretariaat,

Mijn voorstel is een gesprek over de koers op lange termijn: waar staat een fusieorganisatie als de onze in 2035,
en hoe vertaal je twee verschillende coalitieakkoorden naar één meerjarige inhoudelijke agenda?

Hoogachtend,
W.F. ter Horst
""",
    },
    {
        "id": "h22-sugg-05", "kind": "suggestion", "themes": ["organisatie"], "thread": "call_for_themes",
        "sender": "J.P. Verhoef <jp.verhoef@gemeente-rijnstreek.nl>",
        "quoted": "oproep_themas", "quote": "notes",
        "body": """
Krapte op de arbeidsmarkt: hoe houden we vakspecialisten (vergunningverlening, ICT) binnen en wat doen collega's
aan strategische personeelsplanning? Ik kom sowieso naar het atelier.

J.P. Verhoef
""",
    },
    {
        "id": "h22-sugg-06", "kind": "suggestion", "themes": ["samenwerking"], "thread": "call_for_themes",
        "sender": "Gerard Kuiper <g.kuiper@dewoldenhaven.nl>",
        "quoted": "oproep_themas", "quote": "groupwise",
        "body": """
Positie in de regio. Hoe verhoud je je als fusieorganisatie tot de centrumgemeente en de regiodeal, waar
wij als kleinere partners vaak aan tafel ontbreken?

G. Kuiper
""",
    },
    {
        "id": "h22-sugg-07", "kind": "suggestion", "themes": ["dienstverlening", "organisatie"],
        "thread": "call_for_themes",
        "sender": "Ruud Lammers <r.lammers@servicebureau-oostkust.nl>",
        "quoted": "oproep_themas", "quote": "ongemarkeerd",
        "body": """
Voorstel: de overstap van de fysieke balie naar een volledig digitaal loket voor inwoners, en wat dat betekent
voor de inrichting van de backofficeprocessen en de formatie daarachter.

Ruud Lammers
""",
    },
    {
        "id": "h22-sugg-08", "kind": "suggestion", "themes": ["samenwerking", "organisatie"],
        "thread": "call_for_themes",
        "sender": "Hans Oudeman <hj.oudeman@werkorganisatie-eemvallei.nl>",
        "quoted": "oproep_themas", "quote": "outlook-nl",
        "body": """
Beste Stan, Melanie,

Het ravijnjaar komt eraan. Ik zou het willen hebben over de verdeling van de bezuinigingsopgave over de
deelnemende gemeenten, die heel verschillend worden geraakt, en over wat dat betekent voor de begroting en
formatie van de werkorganisatie zelf.

Met vriendelijke groet,

Drs. H.J. (Hans) Oudeman
Directeur Werkorganisatie Eemvallei
T 0342 - 49 51 11
""",
    },
    {
        "id": "h22-sugg-09", "kind": "suggestion", "themes": ["organisatie"], "thread": "call_for_themes",
        "sender": "Jolanda Meijerink <jolanda.meijerink@bergenland.nl>",
        "quoted": "vervolg_atelier", "quote": "apple",
        "body": """
Dank voor de mooie middag! Voor de volgende keer: het sturingsconcept. Wij twijfelen tussen het
opdrachtgever-opdrachtnemermodel en iets wat meer op een netwerkorganisatie lijkt, en ik ben benieuwd hoe
anderen dat hebben ingericht.

Jolanda
""",
    },
    {
        "id": "h22-sugg-10", "kind": "suggestion", "themes": ["dienstverlening"], "thread": "call_for_themes",
        "sender": "Ingeborg Scholten <i.scholten@stadsbeheer-walcheren.nl>",
        "quoted": "vervolg_atelier", "quote": "outlook-nl",
        "body": """
Wat mij betreft volgende keer iets over het monitoren van onze prestaties: dashboards voor raad en inwoners over
wachttijden en afhandeltermijnen. Wie publiceert die al openlijk?

Ingeborg Scholten
Directeur Stadsbeheer Walcheren
""",
    },
    {
        "id": "h22-sugg-11", "kind": "suggestion", "themes": ["strategie"], "thread": "call_for_themes",
        "sender": "W.F. ter Horst <w.terhorst@bvo-veluwezoom.nl>",
        "quoted": "bedankt_suggestie", "quote": "outlook-lijn",
        "body": """
Nog een aanvulling op mijn eerdere bericht: hoe houd je vast aan een handvol bestuurlijke prioriteiten als er
ieder jaar nieuwe wensen bij komen? Kortom: focus aanbrengen in de agenda.

W.F. ter Horst
""",
    },
    {
        "id": "h22-sugg-12", "kind": "suggestion", "themes": ["dienstverlening"], "thread": "welcome",
        "sender": "Thijs Wolters <t.wolters@dekempenpoort.nl>",
        "quoted": "welkom", "quote": "gmail",
        "body": """
Leuk, dank! Een onderwerp dat bij ons speelt: hoe zorgen we ervoor dat ondernemers in alle kernen even goed
worden geholpen door één gezamenlijk ondernemersloket?

Thijs
""",
    },
    {
        "id": "h22-sugg-13", "kind": "suggestion", "themes": ["strategie"], "thread": "call_for_themes",
        "sender": "Maarten Okafor <m.okafor@servicecentrum-drechtoevers.nl>",
        "quoted": "oproep_themas", "quote": "outlook-en",
        "body": """
For the next atelier I would suggest the long-term vision of a shared civil service: how do you draft a
multi-year strategic agenda that all three councils actually commit to?

Best regards,
Maarten Okafor
""",
    },
    {
        "id": "h22-sugg-14", "kind": "suggestion", "themes": ["organisatie"], "thread": "call_for_themes",
        "sender": "pieter hoekstra <phoekstra@wo-zuidwesthoek.nl>",
        "quoted": "oproep_themas", "quote": "groupwise",
        "body": """
thema: i&a, de legacy-applicaties van 3 gemeenten die we nog steeds naast elkaar draaien. kom zelf niet, zit die
week op vakantie

pieter
""",
    },
    {
        "id": "h22-sugg-16", "kind": "suggestion", "themes": ["dienstverlening"], "thread": "call_for_themes",
        "sender": "Karel Smulders <k.smulders@kempenstroom.nl>",
        "subject": "RE: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": """
> - Dienstverlening: innovaties in dienstverlening aan inwoners, ondernemers en instellingen, monitoring van
> prestaties.

Chatbot op de website en 24/7 bereikbaarheid voor inwoners: wie heeft er ervaring mee, ook met wat er misging?

> Beantwoord deze e-mail met uw onderwerpen, graag vóór 21 januari 2027.

Bij dezen.

Karel
""",
    },
    {
        "id": "h22-sugg-17", "kind": "suggestion", "themes": ["organisatie"], "thread": "call_for_themes",
        "sender": "Marloes van den Heuvel <m.vandenheuvel@werkorganisatie-kromme-rijn.nl>",
        "quoted": "oproep_themas", "quote": "outlook-lijn",
        "body": """
Beste secretariaat,

Dank voor de uitnodiging om mee te denken. Bij ons leven op dit moment twee dingen die ik graag eens met
collega's zou bespreken, ook omdat we er intern nogal van mening over verschillen:

1. hybride werken na de fusie en wat dat betekent voor huisvesting en teamgevoel;
2. leiderschapsontwikkeling voor onze teamleiders, die nu vaak uit één van de oude gemeenten komen.

Ik ben benieuwd wat andere leden aandragen en hoop op 11 maart aanwezig te kunnen zijn.

Met hartelijke groet,

Marloes van den Heuvel
Directeur Werkorganisatie Kromme Rijn
T 030 - 659 12 00

""" + DISCLAIMER_GEMEENTE,
    },
    {
        "id": "h22-sugg-18", "kind": "suggestion", "themes": ["samenwerking"], "thread": "call_for_themes",
        "sender": "Wim Brink <w.brink@gemeentenkrimpenlanden.nl>",
        "quoted": "oproep_themas", "quote": "notes-wrote",
        "body": """
Strategisch gezien speelt bij ons vooral dit: hoe ga je ermee om als één van de deelnemende gemeenten hardop
overweegt uit de samenwerking te stappen?

W. Brink
""",
    },
    {
        "id": "h22-sugg-19", "kind": "suggestion", "themes": ["strategie"], "thread": "call_for_themes",
        "sender": "Annelies Dijkman <a.dijkman@drechtstedendiensten.nl>",
        "quoted": "oproep_themas", "quote": "outlook-nl",
        "body": """
Graag aandacht voor het opstellen van een bestuursopdracht voor de nieuwe raadsperiode, waarin de ambities
van de organisatie voor de lange termijn worden vastgelegd. Ik kom graag op de 11e.

Annelies Dijkman
""",
    },
    {
        "id": "h22-sugg-20", "kind": "suggestion", "themes": ["dienstverlening"], "thread": "call_for_themes",
        "sender": "Ria Veenstra <riaveenstra68@hotmail.com>",
        "quoted": "vervolg_atelier", "quote": "gmail",
        "body": """
onderwerp vor volgende keer: een mobiel loket in de kleine kernen, zodat ouderen niet meer naar het gemeentehuis
hoeven voor hun paspoort of rijbewijs

mvg Ria
""",
    },
    # ------------------------------------------------------------------ unsubscribe
    {
        "id": "h22-unsub-01", "kind": "unsubscribe",
        "sender": "Henk Zwiers <h.zwiers@werkorganisatie-duinstreek.nl>",
        "subject": "Afmelding",
        "body": """
Geacht secretariaat,

Per 1 mei ga ik met pensioen. Wilt u mij per die datum afmelden als lid van het netwerk? Dank voor de
inspirerende bijeenkomsten van de afgelopen jaren.

Met vriendelijke groet,

Henk Zwiers
""",
    },
    {
        "id": "h22-unsub-02", "kind": "unsubscribe",
        "sender": "Caroline Peeters <c.peeters@samenwerking-a2-gemeenten.nl>",
        "subject": "Opvolging lidmaatschap netwerk",
        "body": """
Beste Stan en Melanie,

Per 1 april vertrek ik naar de provincie. Mijn opvolger als directeur is Sanne Kuipers
(s.kuipers@samenwerking-a2-gemeenten.nl). Zij neemt mijn plek in het netwerk graag over; wilt u voortaan haar
uitnodigen in plaats van mij?

Hartelijke groet,

Caroline Peeters
Directeur Samenwerking A2-gemeenten
M 06 - 29 73 41 08
""",
    },
    {
        "id": "h22-unsub-03", "kind": "unsubscribe", "erase": True,
        "sender": "mr. D.A. Rombouts <da.rombouts@grenslandgemeenten.nl>",
        "subject": "Verzoek tot verwijdering persoonsgegevens",
        "body": """
Geachte heer, mevrouw,

Op grond van artikel 17 van de Algemene verordening gegevensbescherming verzoek ik u alle persoonsgegevens die u
van mij verwerkt te wissen en mij geen berichten meer te sturen. Graag ontvang ik een bevestiging zodra dit is
gebeurd.

Hoogachtend,

mr. D.A. Rombouts

""" + DISCLAIMER_GEMEENTE,
    },
    {
        "id": "h22-unsub-04", "kind": "unsubscribe", "thread": "confirmation",
        "sender": "Linda Mertens <l.mertens@gemeente-heuvelrug-oost.nl>",
        "quoted": "bevestiging_aanmelding", "quote": "outlook-nl",
        "body": """
Ik heb mij nergens voor aangemeld en ken dit netwerk niet.

L. Mertens
""",
    },
    {
        "id": "h22-unsub-05", "kind": "unsubscribe", "thread": "invitation",
        "sender": "Henk-Jan Bruggeman <hj.bruggeman@wo-maasenwaal.nl>",
        "quoted": "uitnodiging_atelier", "quote": "outlook-lijn",
        "body": """
Ik kom niet, en eerlijk gezegd wil ik ook geen uitnodigingen meer ontvangen. Graag mijn lidmaatschap beëindigen.

Henk-Jan Bruggeman
""",
    },
    {
        "id": "h22-unsub-06", "kind": "unsubscribe", "erase": True,
        "sender": "Sophie Vandenberghe <sophie.vandenberghe@outlook.com>",
        "subject": "Unsubscribe and delete my data",
        "body": """
Hello,

Please unsubscribe me from all mailings of the network and delete any personal data you hold about me, in line
with the GDPR. I no longer work in local government.

Regards,
Sophie Vandenberghe
""",
    },
    {
        "id": "h22-unsub-07", "kind": "unsubscribe", "thread": "welcome",
        "sender": "T. Bouwman <t.bouwman@werkorganisatie-lingezegen.nl>",
        "quoted": "welkom", "quote": "groupwise",
        "body": "afmelden",
    },
    {
        "id": "h22-unsub-08", "kind": "unsubscribe",
        "sender": "Richard Hofstede <r.hofstede@dienstverlening-zeeuwsekust.nl>",
        "subject": "Handing over my seat",
        "body": """
Dear Stan and Melanie,

I am leaving Zeeuwse Kust at the end of this month. My successor, Tom de Graaf, will take over my seat in the
network; his address is t.degraaf@dienstverlening-zeeuwsekust.nl. Thanks for everything.

Richard
""",
    },
    {
        "id": "h22-unsub-09", "kind": "unsubscribe", "erase": True, "thread": "invitation",
        "sender": "A. van Rijswijk <a.vanrijswijk@gmail.com>",
        "quoted": "uitnodiging_atelier", "quote": "gmail",
        "body": """
Ik ben sinds januari niet meer in functie als directeur. Verwijdert u mijn naam en adres alstublieft volledig
uit uw administratie.

Anton van Rijswijk
""",
    },
    {
        "id": "h22-unsub-10", "kind": "unsubscribe", "thread": "call_for_themes",
        "sender": "Monique Claassen <m.claassen@werkorganisatie-westfriesveld.nl>",
        "quoted": "oproep_themas", "quote": "notes",
        "body": """
Graag mij uitschrijven. Ik werk per 1 februari niet meer bij de werkorganisatie.

Monique Claassen
""",
    },
    {
        "id": "h22-unsub-11", "kind": "unsubscribe", "thread": "confirmation",
        "sender": "Sevda Kaya <s.kaya@dienstencentrum-oostgelre.nl>",
        "quoted": "herinnering_aanmelding", "quote": "apple",
        "body": """
Vreemd, ik heb me nergens voor ingeschreven. Geen interesse.

Verstuurd vanaf mijn iPhone
""",
    },
    {
        "id": "h22-unsub-12", "kind": "unsubscribe",
        "sender": "Jeroen Boersma <jboersma@wo-hunzedal.nl>",
        "subject": "stoppen",
        "body": """
Hoi Melanie,

Na zes jaar stop ik met het netwerk, ik heb mijn handen vol aan onze reorganisatie. Haal me maar van de lijst.
Was altijd leuk!

Groet, Jeroen
""",
    },
    # ------------------------------------------------------------------ autoreply
    {
        "id": "h22-auto-01", "kind": "autoreply", "thread": "invitation",
        "sender": "Jan de Graaf <j.degraaf@bar-werkorganisatie.nl>",
        "subject": "Automatisch antwoord: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking "
                   "& eigenheid [atelier:2027-1]",
        "headers": {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
        "body": """
Dank voor uw bericht. Ik ben afwezig tot en met maandag 8 februari en lees mijn e-mail niet. Voor dringende
zaken kunt u contact opnemen met het directiesecretariaat via 0180 - 45 11 11.

Jan de Graaf
""",
    },
    {
        "id": "h22-auto-02", "kind": "autoreply", "thread": "call_for_themes",
        "sender": "Maarten Okafor <m.okafor@servicecentrum-drechtoevers.nl>",
        "subject": "Out of Office: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027",
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": """
Thank you for your message. I am out of the office until 15 January with no access to e-mail. For urgent
matters please contact my assistant at secretariaat@servicecentrum-drechtoevers.nl.
""",
    },
    {
        "id": "h22-auto-03", "kind": "autoreply", "thread": "call_for_themes",
        "sender": "Marloes van den Heuvel <m.vandenheuvel@werkorganisatie-kromme-rijn.nl>",
        "subject": "Afwezig",
        "body": """
Beste afzender,

Van 28 december tot en met 9 januari ben ik niet op kantoor. Uw e-mail wordt niet doorgestuurd; na mijn
terugkomst neem ik uw bericht in behandeling.

Met vriendelijke groet,
Marloes van den Heuvel
""",
    },
    {
        "id": "h22-auto-04", "kind": "autoreply", "thread": "reminder",
        "sender": "Richard Hofstede <r.hofstede@dienstverlening-zeeuwsekust.nl>",
        "subject": "Automatic reply: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027",
        "body": """
I'm currently travelling with limited access to my mailbox. I will get back to you as soon as possible after
my return on 14 March.
""",
    },
    {
        "id": "h22-auto-05", "kind": "autoreply", "thread": "confirmation",
        "sender": "Gemeente Krimpenlanden <info@gemeentenkrimpenlanden.nl>",
        "subject": "Ontvangstbevestiging: RE: Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "headers": {"Auto-Submitted": "auto-generated", "Precedence": "bulk"},
        "body": """
Geachte heer/mevrouw,

Uw e-mail is ontvangen en geregistreerd onder zaaknummer Z-2027-01834. Wij streven ernaar uw bericht binnen
vijf werkdagen te beantwoorden. Dit is een automatisch gegenereerd bericht; u kunt hier niet op reageren.

Gemeente Krimpenlanden
Klantcontactcentrum | 14 0180
""",
    },
    {
        "id": "h22-auto-06", "kind": "autoreply", "thread": "invitation",
        "sender": "Ingeborg Scholten <i.scholten@stadsbeheer-walcheren.nl>",
        "subject": "Afwezigheidsbericht",
        "headers": {"X-Autoreply": "yes"},
        "body": """
Tot en met 19 februari ben ik afwezig. Tijdens mijn afwezigheid kunt u voor dringende zaken terecht bij
Wouter Kramer, w.kramer@stadsbeheer-walcheren.nl, 0118 - 67 40 00.

Ingeborg Scholten
""",
    },
    {
        "id": "h22-auto-07", "kind": "autoreply", "thread": "invitation",
        "sender": "Jolanda Meijerink <jolanda.meijerink@bergenland.nl>",
        "subject": "Automatisch antwoord: Gewijzigd: Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "headers": {"Precedence": "auto_reply"},
        "body": """
Hoi! Ik geniet deze week van de voorjaarsvakantie en lees mijn mail pas weer vanaf maandag 1 maart.
Groetjes, Jolanda
""",
    },
    {
        "id": "h22-auto-08", "kind": "autoreply", "thread": "invitation",
        "sender": "Erik Jan Mulders <ej.mulders@wo-peelrand.nl>",
        "subject": "Afwezig / Out of office",
        "body": """
Ik ben tot 22 februari afwezig en heb beperkt toegang tot mijn e-mail.
I am away until 22 February with limited access to e-mail.

Erik Jan Mulders
Directeur Werkorganisatie Peelrand
""",
    },
    {
        "id": "h22-auto-09", "kind": "autoreply", "thread": "invitation",
        "sender": "Postmaster Werkorganisatie Duinstreek <noreply@werkorganisatie-duinstreek.nl>",
        "subject": "Niet bezorgd: adres niet meer in gebruik",
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": """
Dit e-mailadres is niet meer in gebruik. Uw bericht is niet doorgestuurd en wordt niet gelezen.
Voor algemene vragen kunt u mailen naar info@werkorganisatie-duinstreek.nl.
""",
    },
    {
        "id": "h22-auto-10", "kind": "autoreply", "thread": "reminder",
        "sender": "Annelies Dijkman <a.dijkman@drechtstedendiensten.nl>",
        "subject": "Automatisch antwoord: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 "
                   "[atelier:2027-1]",
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": """
Ik ben met ouderschapsverlof tot 1 mei. Mijn mail wordt in die periode niet gelezen.
Bij zaken die niet kunnen wachten: bel het bestuurssecretariaat, 078 - 770 80 00.
""",
    },
    # ------------------------------------------------------------------ other
    {
        "id": "h22-other-01", "kind": "other", "thread": "reminder",
        "sender": "Gerard Kuiper <g.kuiper@dewoldenhaven.nl>",
        "quoted": "herinnering_atelier", "quote": "gmail",
        "body": """
Kan ik bij het Stadskantoor parkeren, of is het slimmer om bij P+R Papendorp te gaan staan?

Gerard
""",
    },
    {
        "id": "h22-other-02", "kind": "other",
        "sender": "Bram Schilder <bram.schilder@fusiewijs-advies.nl>",
        "subject": "Kennismaking: evaluatie van ambtelijke fusies",
        "body": """
Geachte heer Van de Laar, beste Stan,

Graag stel ik mij voor. Fusiewijs Advies begeleidt al meer dan tien jaar ambtelijke fusies en evaluaties van
samenwerkingsverbanden. Wij merken dat veel directeuren worstelen met dezelfde vragen als die op uw ateliers
aan bod komen. Graag verzorgen wij eens een inleiding tijdens een van uw bijeenkomsten, kosteloos uiteraard.
Hebt u binnenkort een half uur voor een kennismakingsgesprek?

Met vriendelijke groet,

Bram Schilder
Partner | Fusiewijs Advies
06 - 38 11 27 90 | www.fusiewijs-advies.nl
""",
    },
    {
        "id": "h22-other-03", "kind": "other",
        "sender": "Karel Smulders <k.smulders@kempenstroom.nl>",
        "subject": "Nieuw e-mailadres",
        "body": """
Goedemiddag,

Na de herinrichting van onze ICT wijzigt mijn e-mailadres per 1 maart in karel.smulders@dekempenstroom.nl.
Wilt u dat in uw bestand aanpassen? Het oude adres blijft nog een maand werken.

Met vriendelijke groet,
Karel Smulders
""",
    },
    {
        "id": "h22-other-04", "kind": "other",
        "sender": "Secretariaat directie <secretariaat@wo-stichtsevaart.nl>",
        "subject": "Atelier 11 maart",
        "body": """
Goedemorgen,

Namens mevrouw Vos laat ik u weten dat zij op 11 maart aanwezig zal zijn bij het atelier.

Met vriendelijke groet,
Esther Lamberts
Secretariaat directie Werkorganisatie Stichtse Vaart
""",
    },
    {
        "id": "h22-other-05", "kind": "other",
        "sender": "Marjolein Bakker <m.bakker@werkorganisatie-hof-en-heide.nl>",
        "subject": "Aanmelding MT-leden",
        "body": """
Beste secretariaat,

Ik zou graag ook mijn drie MT-collega's bij het netwerk betrekken: Ingrid Bos (plaatsvervangend directeur),
Koen Veldman (bedrijfsvoering) en Sabine Arts (sociaal domein). Kunnen zij lid worden en zo ja, wat hebt u van
hen nodig?

Marjolein
""",
    },
    {
        "id": "h22-other-06", "kind": "other",
        "sender": "Annemiek Groen <a.groen@werkorganisatie-vijfheuvelen.nl>",
        "subject": "collega aanmelden?",
        "body": """
Hoi,

Onze nieuwe directeur bedrijfsvoering wil ook graag lid worden. Kunnen jullie hem aanmelden?

Groet, Annemiek
""",
    },
    {
        "id": "h22-other-07", "kind": "other", "thread": "invitation",
        "sender": "J. de Graaf <j.degraaf@bar-werkorganisatie.nl>",
        "quoted": "wijziging_atelier", "quote": "outlook-nl",
        "body": """
Beste Stan en Melanie,

Dit is al de vierde mail over hetzelfde atelier in twee weken tijd. Ik begrijp dat er dingen veranderen, maar
kunnen wijzigingen niet in één bericht worden gebundeld? Mijn inbox loopt al vol genoeg.

Jan de Graaf
""",
    },
    {
        "id": "h22-other-08", "kind": "other",
        "sender": "Caroline Peeters <c.peeters@samenwerking-a2-gemeenten.nl>",
        "subject": "Adviesraad",
        "body": """
Beste Melanie,

Ik las dat de Adviesraad het programma van de ateliers mede bepaalt. Ik zou daar graag een bijdrage aan leveren:
is er ruimte voor een nieuw lid, en hoe gaat de selectie in zijn werk?

Vriendelijke groet,
Caroline Peeters
""",
    },
    {
        "id": "h22-other-09", "kind": "other",
        "sender": "mr. D.A. Rombouts <da.rombouts@grenslandgemeenten.nl>",
        "subject": "Inzageverzoek AVG",
        "body": """
Geachte heer, mevrouw,

Graag ontvang ik van u een overzicht van alle persoonsgegevens die u van mij hebt vastgelegd, met de bron en
het doel van de verwerking (artikel 15 AVG).

Hoogachtend,
mr. D.A. Rombouts
""",
    },
    {
        "id": "h22-other-10", "kind": "other", "thread": "confirmation",
        "sender": "Yvonne Lieftink <y.lieftink@gemeente-twentebroek.nl>",
        "quoted": "bevestiging_aanmelding", "quote": "outlook-lijn",
        "body": """
Ik heb mij niet aangemeld. Kunt u mij vertellen hoe u aan mijn e-mailadres komt en wie mij heeft opgegeven?

Y. Lieftink
""",
    },
    {
        "id": "h22-other-11", "kind": "other", "thread": "call_for_themes",
        "sender": "Fleur Hendriksen <f.hendriksen@servicebureau-oostkust.nl>",
        "quoted": "vervolg_atelier", "quote": "outlook-nl",
        "body": """
Dank voor het heldere verslag. Ik heb het gisteren in ons MT besproken; de casus uit Brabant leverde bij ons
direct een goed gesprek op.

Fleur
""",
    },
    {
        "id": "h22-other-12", "kind": "other", "thread": "call_for_themes",
        "sender": "Richard Hofstede <r.hofstede@dienstverlening-zeeuwsekust.nl>",
        "quoted": "oproep_themas", "quote": "outlook-en",
        "body": """
Geen thema, wel een wens: kan het atelier eens in de ochtend, of op een locatie wat meer in het zuidwesten?
Vanuit Zeeland is Utrecht op een doordeweekse middag een hele onderneming.

Richard
""",
    },
    {
        "id": "h22-other-13", "kind": "other", "thread": "invitation",
        "sender": "Tamara Vos <t.vos@wo-stichtsevaart.nl>",
        "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
        "body": """
Ik kom graag, op voorwaarde dat ik onze wethouder bedrijfsvoering mag meenemen. Hij is geen directeur; is dat
wel de bedoeling?

Tamara
""",
    },
    {
        "id": "h22-other-14", "kind": "other",
        "sender": "Petra Sloot <p.sloot@werkorganisatie-duinstreek.nl>",
        "subject": "Mevrouw Claessens",
        "body": """
Geachte heer, mevrouw,

Mevrouw Claessens is per 1 februari niet meer bij onze organisatie werkzaam. Uw berichten aan haar komen
sindsdien bij mij terecht. Wie haar functie gaat vervullen is nog niet bekend.

Met vriendelijke groet,
Petra Sloot
Directiesecretariaat Werkorganisatie Duinstreek
""",
    },
    {
        "id": "h22-other-15", "kind": "other",
        "sender": "Bert Nijland <b.nijland@gr-afvalservice-oost.nl>",
        "subject": "Lidmaatschap voor een GR?",
        "body": """
Goedendag,

Ik ben directeur van een gemeenschappelijke regeling voor afvalinzameling, dus geen ambtelijke fusie in strikte
zin. Kom ik in aanmerking voor het lidmaatschap van uw netwerk?

Bert Nijland
""",
    },
    {
        "id": "h22-other-16", "kind": "other", "thread": "invitation",
        "sender": "Annelies Dijkman <a.dijkman@drechtstedendiensten.nl>",
        "quoted": "uitnodiging_atelier", "quote": "ongemarkeerd",
        "body": """
Onderaan de uitnodiging staat 'afmelden'; ik wil juist géén afmelding. Wel krijgt mijn plaatsvervanger sinds de
laatste wijziging geen berichten meer van jullie. Kunnen jullie nagaan wat er misgaat?

Annelies
""",
    },
    {
        "id": "h22-other-17", "kind": "other",
        "sender": "Financiële administratie <crediteuren@werkorganisatie-lingezegen.nl>",
        "subject": "Kosten atelier / inkoopnummer",
        "body": """
Geachte heer, mevrouw,

Onze directeur wil deelnemen aan het Leer- en inspireer-atelier. Zijn er kosten aan verbonden? Zo ja, dan
hebben wij vooraf een inkoopordernummer nodig voordat een factuur kan worden verwerkt.

Met vriendelijke groet,
Crediteurenadministratie
""",
    },
    {
        "id": "h22-other-19", "kind": "other", "thread": "invitation",
        "sender": "Hanneke Smeets <h.smeets@maasheuvel-dvo.nl>",
        "quoted": "uitnodiging_atelier", "quote": "gmail",
        "body": """
Ja, ik kom. Wordt er na afloop nog iets gegeten? Dan moet ik de oppas regelen.

Hanneke
""",
    },
    {
        "id": "h22-other-20", "kind": "other", "thread": "invitation",
        "sender": "Karel Smulders <k.smulders@kempenstroom.nl>",
        "quoted": "annulering_atelier", "quote": "outlook-lijn",
        "body": """
Jammer dat het niet doorgaat. Is er al zicht op een nieuwe datum? Dan houd ik die vast vrij.

Karel
""",
    },
    {
        "id": "h22-other-21", "kind": "other",
        "sender": "Sandra de Lange <sandradelange.work@gmail.com>",
        "subject": "Language of the atelier",
        "body": """
Hi Stan,

Is the atelier held entirely in Dutch? I understand most of it but speaking up in a group is still hard for me.
Could I ask questions in English?

Thanks, Sandra
""",
    },
    {
        "id": "h22-other-22", "kind": "other",
        "sender": "Zaaksysteem Events <events@digitaalgemeentenplatform.nl>",
        "subject": "Webinar 16 maart: slimmer samenwerken in de werkorganisatie",
        "body": """
Beste relatie,

Op 16 maart organiseren wij een gratis webinar over slimmer samenwerken met één zaaksysteem voor meerdere
gemeenten. Sprekers uit drie werkorganisaties delen hun ervaringen. Schrijf u in via onze website.

Met vriendelijke groet,
Team Events

Wilt u deze berichten niet meer ontvangen? Klik dan hier om u af te melden.
""",
    },
    {
        "id": "h22-other-23", "kind": "other",
        "sender": "Erik Jan Mulders <ej.mulders@wo-peelrand.nl>",
        "subject": "uitnodigingen ook naar secretariaat",
        "body": """
Beste Melanie,

Zou je de uitnodigingen voor de ateliers voortaan ook in cc naar mijn secretariaat willen sturen
(secretariaat@wo-peelrand.nl)? Dan komt het direct in mijn agenda terecht.

Dank je!
Erik Jan
""",
    },
    {
        "id": "h22-other-24", "kind": "other", "thread": "welcome",
        "sender": "Aylin Yıldız <a.yildiz@ijsselvallei-samen.nl>",
        "quoted": "welkom", "quote": "outlook-nl",
        "body": """
Dank voor het warme welkom. Organiseren jullie naast de ateliers ook weleens regionale bijeenkomsten, of
intervisie in kleinere groepen?

Met vriendelijke groet,
Aylin Yıldız
""",
    },
    {
        "id": "h22-other-25", "kind": "other", "thread": "invitation",
        "sender": "Henk-Jan van Oss <hj.vanoss@regiowerkorganisatie-noord.nl>",
        "quoted": "uitnodiging_atelier", "quote": "notes",
        "body": """
Als de ateliers altijd in Utrecht zijn, overweeg ik mijn lidmaatschap op te zeggen; vanuit Groningen is dat
steeds een dag kwijt. Zijn er plannen om ook online of in het noorden iets te organiseren?

H.J. van Oss
""",
    },
]
# fmt: on
