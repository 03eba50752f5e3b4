"""The fifteenth labelled set's cases (issue 17): written without reading the classifier, each labelled as the
secretariat should treat it; cases that could not be labelled with confidence were left out.

Conventions: a message that pairs an act with a question a person must answer, a conditional or hypothetical
request, a request reported on someone else's behalf, or a request about another person (signing up, removing,
erasing or re-addressing a colleague) is ``other``; so are complaints, pitches, research invitations and mail meant
for another organisation. A hand-over to a named successor is ``unsubscribe``. A polite closing that needs no answer
("Ik kijk ernaar uit.", a rhetorical question) does not make an act ``other``. Replies to our follow-up mail
(vervolg_atelier) and to the thank-you for a suggestion carry the thread ``call_for_themes``; replies to the RSVP
confirmation, the substitute's invitation and a change notice carry ``invitation``. Inline answers carry our quoted
lines in ``body`` themselves and no ``quoted``.
"""

from __future__ import annotations

from typing import Any

I = "invitation"  # noqa: E741
R = "reminder"
T = "call_for_themes"
C = "confirmation"
W = "welcome"
G = "goodbye"

AUTO = {"Auto-Submitted": "auto-replied"}
IPHONE = "\n\nVerstuurd vanaf mijn iPhone"
ANDROID = "\n\nVerzonden vanaf Samsung Mobile"
OUTLOOK_IOS = "\n\nGet Outlook for iOS"
DISCLAIMER = (
    "\n\nDeze e-mail is uitsluitend bestemd voor de geadresseerde. Indien u dit bericht onterecht ontvangt, wordt u "
    "verzocht de inhoud niet te gebruiken, de afzender direct te informeren en het bericht te verwijderen. De "
    "werkorganisatie aanvaardt geen aansprakelijkheid voor schade die voortvloeit uit elektronische verzending."
)
DISCLAIMER_EN = (
    "\n\nThis e-mail and any attachments are confidential. If you are not the intended recipient, please delete it "
    "and notify the sender. Unsubscribing from this list does not affect your rights under the GDPR."
)
FOOTER_AFMELD = (
    "\n>\n> -- \n> U ontvangt deze e-mail als lid van het Netwerk van directeuren van ambtelijke fusieorganisaties.\n"
    "> Afmelden? Antwoord op deze e-mail met 'afmelden' of stuur een e-mail naar info@ambtelijkefusie.nl."
)
BRABANT = "\n\nHoudoe,\nToon van den Heuvel\ndirecteur Werkorganisatie Kempenveld"
GRONINGS = "\n\nMoi,\nHarm Bolhuis\nalgemeen directeur Gemeenten Oldambtveen en Marsdijk\n0597 - 45 12 30"

# fmt: off
CASES: list[dict[str, Any]] = [
    # == OTHER: an act paired with a question a person must answer ================================================
    {"id": "d15-other-01", "kind": "other", "thread": None,
     "subject": "Aanmelding netwerk + vraag over adjuncten",
     "sender": "Wendela Oosterbeek <w.oosterbeek@werkorganisatie-heidezoom.nl>",
     "body": "Goedemorgen,\n\nSinds januari ben ik algemeen directeur van de werkorganisatie Heidezoom (gemeenten "
             "Aalveen en Kortenhoef) en ik word graag lid van uw netwerk.\n\nIk loop direct tegen een vraag aan: "
             "onze twee adjunct-directeuren nemen geregeld mijn bestuurlijke overleggen waar. Kunnen zij ook "
             "deelnemen aan de ateliers, of is het netwerk uitsluitend bedoeld voor de eerste directeur?\n\n"
             "Met vriendelijke groet,\nWendela Oosterbeek" + DISCLAIMER},
    {"id": "d15-other-02", "kind": "other", "thread": C, "quoted": "bevestiging_aanmelding", "quote": "gmail",
     "sender": "Ruben Hagedoorn <ruben.hagedoorn@rijnvliet.nl>",
     "body": "Bij deze bevestigd, dank jullie wel!\n\nUit nieuwsgierigheid: zijn de ateliers altijd in Utrecht, of "
             "wisselt de locatie per keer? Voor ons uit het oosten scheelt dat nogal.\n\nRuben"},
    {"id": "d15-other-03", "kind": "other", "thread": C, "quoted": "herinnering_aanmelding", "quote": "apple",
     "sender": "Ilse Brinkman <i.brinkman@gemeenten-vennenland.nl>",
     "body": "Ja, ik bevestig. Hoe vaak per jaar komen jullie met zo'n atelier, en moet ik me daar dan steeds "
             "apart voor inschrijven?" + IPHONE},
    {"id": "d15-other-04", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
     "sender": "Gerard Wijnbergen <g.wijnbergen@oeverland.nl>",
     "body": "Goedemiddag,\n\nIk kom graag. Weet u of er bij het Stadskantoor geparkeerd kan worden, of raadt u "
             "aan met de trein te komen? Ik heb die ochtend nog een afspraak in Amersfoort.\n\nGroet,\nGerard "
             "Wijnbergen\nalgemeen directeur Oeverland"},
    {"id": "d15-other-05", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "outlook-lijn",
     "sender": "Saskia Teunissen <s.teunissen@werkorganisatie-zandmeer.nl>",
     "body": "Dag Stan en Melanie,\n\nIk ben erbij, samen met onze strateeg. Is het de bedoeling dat wij zelf een "
             "casus inbrengen, en zo ja: hoeveel tijd hebben we daarvoor?\n\nHartelijke groet,\nSaskia"},
    {"id": "d15-other-06", "kind": "other", "thread": None,
     "subject": "afmelden",
     "sender": "Johan Verheul <j.verheul@lindewaarde.nl>",
     "body": "Beste secretariaat,\n\nPer 1 april stap ik over naar de provincie en daarmee houdt mijn lidmaatschap "
             "op; meldt u mij maar af. Blijven de verslagen van eerdere ateliers daarna voor mij bereikbaar via de "
             "website? Ik zou ze graag in mijn nieuwe functie blijven gebruiken.\n\nMet vriendelijke groet,\n"
             "Johan Verheul"},
    {"id": "d15-other-07", "kind": "other", "thread": T, "quoted": "oproep_themas", "quote": "outlook-nl",
     "sender": "Maarten Koopmans <m.koopmans@eikendal.nl>",
     "body": "Mijn suggestie: de inrichting van een gezamenlijk data-team voor drie gemeenten.\n\nWij hebben daar "
             "net een traject achter de rug. Zou ik ons verhaal op het atelier zelf kort mogen toelichten, en met "
             "wie moet ik dat dan afstemmen?\n\nMaarten Koopmans"},
    {"id": "d15-other-08", "kind": "other", "thread": None,
     "subject": "Lidmaatschap",
     "sender": "drs. P.A. (Paul) Lammerts <p.lammerts@brugwaard.nl>",
     "body": "Geacht secretariaat,\n\nIk overweeg mij aan te melden voor het netwerk. Alvorens dat te doen, verneem "
             "ik graag of aan het lidmaatschap kosten verbonden zijn en welke tijdsinvestering u van de leden "
             "verwacht.\n\nHoogachtend,\n\ndrs. P.A. Lammerts\ndirecteur Werkorganisatie Brugwaard"},
    {"id": "d15-other-09", "kind": "other", "thread": I, "quoted": "herinnering_atelier", "quote": "groupwise",
     "sender": "Nienke de Boer <n.deboer@deltahof.nl>",
     "body": "Helaas moet ik afhaken, er is een crisisoverleg gepland. Wordt de middag opgenomen? Dan kijk ik hem "
             "graag terug.\n\nNienke"},
    {"id": "d15-other-10", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "notes",
     "sender": "Frits Mulderij <f.mulderij@groenlanden.nl>",
     "body": "Ik kan zelf niet, maar kan mijn plaatsvervanger Joost Akkerman dan komen, of staat het atelier alleen "
             "open voor de directeuren zelf? Hij is geen lid van het netwerk.\n\nm.vr.gr.\nFrits Mulderij"},
    {"id": "d15-other-11", "kind": "other", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "outlook-en",
     "sender": "Hanneke Zwart <h.zwart@werkorganisatie-veenhorst.nl>",
     "body": "Ik bevestig mijn aanmelding. Wel een vraag: door de ICT-migratie krijg ik volgende maand een nieuw "
             "mailadres. Moet ik me dan opnieuw aanmelden, of kunt u dat voor mij omzetten?\n\nHanneke Zwart"},
    {"id": "d15-other-12", "kind": "other", "thread": W, "quoted": "welkom", "quote": "gmail",
     "sender": "Ahmed Boukhari <a.boukhari@hethoogveld.nl>",
     "body": "Dank voor het welkom! Ik heb meteen een vraag: is er een ledenlijst, zodat ik weet welke collega's "
             "in mijn regio ook meedoen?\n\nAhmed"},
    {"id": "d15-other-13", "kind": "other", "thread": None,
     "subject": "Join the network – one question",
     "sender": "Laura Pieterse <laura.pieterse@waterlinie-oost.nl>",
     "body": "Hello,\n\nI'd like to sign up for the network. I recently became director of Werkorganisatie "
             "Waterlinie-Oost, but I don't speak Dutch fluently yet. Are the ateliers held in Dutch only, or is "
             "there any support in English?\n\nKind regards,\nLaura Pieterse"},
    {"id": "d15-other-14", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "apple",
     "sender": "Bas Rijkens <b.rijkens@kempenveld.nl>",
     "body": "Ja, ik kom. Ik ben alleen rolstoelgebruiker: is de zaal in het Stadskantoor drempelvrij bereikbaar?"
             + IPHONE},

    # == OTHER: conditional and hypothetical requests ============================================================
    {"id": "d15-other-15", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
     "sender": "Marloes Verbruggen <m.verbruggen@oeverland.nl>",
     "body": "Hallo,\n\nAls de raadsvergadering over de kadernota die dag niet naar de middag wordt verschoven, ben "
             "ik erbij. Dat weet ik pas begin maart; ik laat het dan nog weten.\n\nGroet,\nMarloes"},
    {"id": "d15-other-16", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "outlook-en",
     "sender": "Dirk-Jan Hoogendijk <dj.hoogendijk@rijnvliet.nl>",
     "body": "Count me in, provided the session finishes on time – I have a council meeting in Arnhem at 19.30. "
             "Can you guarantee we're out by 17.30?\n\nDJ"},
    {"id": "d15-other-17", "kind": "other", "thread": None,
     "subject": "Mogelijk aanmelding",
     "sender": "Charlotte Veldhuis <c.veldhuis@interim-directie.nl>",
     "body": "Beste mensen,\n\nIk ben interim-directeur bij een ambtelijke fusieorganisatie in Zeeland, voor "
             "minimaal negen maanden. Als het netwerk ook openstaat voor interim-directeuren, meld ik mij graag "
             "aan. Zo niet, dan begrijp ik dat natuurlijk.\n\nVriendelijke groet,\nCharlotte Veldhuis"},
    {"id": "d15-other-18", "kind": "other", "thread": None,
     "subject": "Vraag over afmelden",
     "sender": "Erik Bosveld <e.bosveld@marsdijk.nl>",
     "body": "Stel dat ik per juli vertrek en mijn mailadres wordt opgeheven: moet ik me dan zelf afmelden, of "
             "verdwijn ik vanzelf van uw lijst als de mails terugkomen?\n\nErik Bosveld"},
    {"id": "d15-other-19", "kind": "other", "thread": R, "quoted": "herinnering_atelier", "quote": "outlook-lijn",
     "sender": "Yvonne Smeets <y.smeets@heidezoom.nl>",
     "body": "Mocht mijn vlucht uit Barcelona op tijd landen, dan schuif ik aan; anders moet ik helaas verstek "
             "laten gaan. Ik weet het pas op de dag zelf.\n\nYvonne"},
    {"id": "d15-other-20", "kind": "other", "thread": T, "quoted": "oproep_themas", "quote": "gmail",
     "sender": "Koen Dijkhuizen <k.dijkhuizen@eikendal.nl>",
     "body": "Als het thema 'samenwerking' wordt, haak ik waarschijnlijk af; daar praten we al jaren over. Wordt "
             "het iets met digitalisering, dan ben ik erbij. Kunt u mij laten weten welke kant het opgaat?\n\nKoen"},
    {"id": "d15-other-21", "kind": "other", "thread": None,
     "subject": "Wat als ik mij afmeld?",
     "sender": "Petra Lambrechts <p.lambrechts@gemeenten-vennenland.nl>",
     "body": "Goedemiddag,\n\nIk twijfel of ik lid blijf. Als ik mij afmeld, kan ik dan later zonder problemen "
             "weer instromen, of moet ik dan opnieuw door een aanmeldprocedure?\n\nMet vriendelijke groet,\n"
             "Petra Lambrechts"},
    {"id": "d15-other-22", "kind": "other", "thread": None,
     "subject": "eventueel aanmelden",
     "sender": "Hein Kremer <hkremer@brugwaard.nl>",
     "body": "ik zou me aanmelden als de ateliers ook online te volgen zijn, reizen naar utrecht kost me een halve "
             "dag. is dat zo?\n\nhein" + ANDROID},

    # == OTHER: reported speech =================================================================================
    {"id": "d15-other-23", "kind": "other", "thread": None,
     "subject": "Doorgegeven: afmelding collega",
     "sender": "Arjen Wolters <a.wolters@groenlanden.nl>",
     "body": "Hoi,\n\nBij de provinciale kring sprak ik een collega van Deltahof die zich graag wilde afmelden, maar "
             "niet wist hoe. Ik geef het even door; zij neemt zelf nog contact met jullie op.\n\nGroeten,\nArjen"},
    {"id": "d15-other-24", "kind": "other", "thread": None,
     "subject": "Vraag namens onze burgemeester",
     "sender": "Sandra Koster <s.koster@werkorganisatie-zandmeer.nl>",
     "body": "Geacht secretariaat,\n\nOnze burgemeester vroeg mij of het netwerk ook bestuurders toelaat, of "
             "alleen ambtelijk directeuren. Kunt u mij laten weten wat ik haar kan antwoorden?\n\n"
             "Met vriendelijke groet,\nSandra Koster\nalgemeen directeur"},
    {"id": "d15-other-25", "kind": "other", "thread": G, "quoted": "afmelding_bevestigd", "quote": "outlook-nl",
     "sender": "Thijs van Rooijen <t.vanrooijen@oeverland.nl>",
     "body": "Goedemorgen,\n\nMijn managementassistent vertelde me dat zij mij vorige week had afgemeld, omdat zij "
             "dacht dat ik wilde stoppen. Dat was een misverstand. Hoe kunnen we dit herstellen zonder dat ik "
             "alles opnieuw hoef in te vullen?\n\nThijs van Rooijen"},
    {"id": "d15-other-26", "kind": "other", "thread": None,
     "subject": "Fw: aanmelden netwerk?",
     "sender": "Miriam Achterberg <m.achterberg@kempenveld.nl>",
     "body": "Beste secretariaat,\n\nMijn collega uit Hoogveld vroeg of zij zich nog kon aanmelden voor het atelier "
             "van maart, omdat zij de uitnodiging niet had gekregen. Zelf wist ik het antwoord niet. Wilt u haar "
             "rechtstreeks benaderen? Haar adres is l.vermeer@hethoogveld.nl.\n\nGroet,\nMiriam"},
    {"id": "d15-other-27", "kind": "other", "thread": None,
     "subject": "Re: netwerk",
     "sender": "Gijs Hofstede <g.hofstede@lindewaarde.nl>",
     "body": "Mijn voorganger zei bij de overdracht dat hij zich al had afgemeld en dat ik me zelf moest "
             "aanmelden. Klopt het dat hij niet meer op de lijst staat? Ik wil niet dat er straks twee mensen "
             "van Lindewaarde uitnodigingen krijgen.\n\nGijs Hofstede"},

    # == OTHER: questions phrased as requests ===================================================================
    {"id": "d15-other-28", "kind": "other", "thread": None,
     "subject": "Status aanmelding",
     "sender": "Femke Roelofs <f.roelofs@marsdijk.nl>",
     "body": "Goedendag,\n\nIn december heb ik mij aangemeld, maar ik heb nooit een bevestiging gezien. Graag "
             "verneem ik of mijn aanmelding goed is aangekomen.\n\nMet vriendelijke groet,\nFemke Roelofs"},
    {"id": "d15-other-29", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
     "sender": "Ronald Jacobs <r.jacobs@deltahof.nl>",
     "body": "Beste Melanie,\n\nIk zie dat de reactietermijn verstreken is. Graag hoor ik of ik me nog kan "
             "aanmelden, of dat het atelier inmiddels vol zit.\n\nRonald Jacobs"},
    {"id": "d15-other-30", "kind": "other", "thread": None,
     "subject": "Alleen de uitnodigingen",
     "sender": "Tineke Haverkamp <t.haverkamp@heidezoom.nl>",
     "body": "Ik zou graag weten of het mogelijk is om me af te melden voor de herinneringen en de oproepen, maar "
             "wel lid te blijven en de uitnodigingen te ontvangen.\n\nTineke Haverkamp"},
    {"id": "d15-other-31", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "ongemarkeerd",
     "sender": "Wouter Smits <w.smits@werkorganisatie-veenhorst.nl>",
     "body": "Wilt u mij laten weten of mijn afmelding van vorige week is doorgekomen? Ik kreeg geen bevestiging "
             "en wil voorkomen dat er een stoel voor mij klaarstaat.\n\nWouter"},
    {"id": "d15-other-32", "kind": "other", "thread": None,
     "subject": "verzoek om informatie",
     "sender": "Anouk Timmer <a.timmer@rijnvliet.nl>",
     "body": "Ik verzoek u mij te informeren welke persoonsgegevens u van mij bewaart en met welk doel.\n\nAnouk "
             "Timmer\ndirecteur bedrijfsvoering" + DISCLAIMER},
    {"id": "d15-other-33", "kind": "other", "thread": None,
     "subject": "Please let me know",
     "sender": "Mark de Graaf <mark.degraaf@waterlinie-oost.nl>",
     "body": "Hi there,\n\nI'd appreciate it if you could let me know whether I'm still on your member list. "
             "I haven't received anything since the summer.\n\nThanks,\nMark"},
    {"id": "d15-other-34", "kind": "other", "thread": T, "quoted": "vervolg_atelier", "quote": "notes-wrote",
     "sender": "Loes Hendrikx <l.hendrikx@kempenveld.nl>",
     "body": "Graag ontvang ik de presentatie van de spreker over het sturingsconcept; de link in het verslag "
             "werkt bij mij niet.\n\nLoes" + BRABANT.replace("Toon van den Heuvel", "Loes Hendrikx")},
    {"id": "d15-other-35", "kind": "other", "thread": None,
     "subject": "Aanmelden nog mogelijk?",
     "sender": "Jeroen Pauwels <j.pauwels@eikendal.nl>",
     "body": "Kan ik me nog aanmelden als lid als mijn werkorganisatie formeel pas per 1 juli ontstaat? Tot die "
             "tijd ben ik kwartiermaker.\n\nJeroen Pauwels\nkwartiermaker Werkorganisatie Eikendal i.o."},

    # == OTHER: requests about someone else =====================================================================
    {"id": "d15-other-36", "kind": "other", "thread": None,
     "subject": "Aanmelding collega",
     "sender": "Rianne Scholten <r.scholten@oeverland.nl>",
     "body": "Beste secretariaat,\n\nWilt u mijn collega-directeur Bram Wessels (b.wessels@oeverland.nl) ook "
             "aanmelden voor het netwerk? Hij vroeg mij dit door te geven; ikzelf ben al lid.\n\nDank!\nRianne"},
    {"id": "d15-other-37", "kind": "other", "thread": None,
     "subject": "Aanmelding namens mevrouw drs. E. Kuipers",
     "sender": "Secretariaat Directie <secretariaat.directie@werkorganisatie-zandmeer.nl>",
     "body": "Geachte heer, mevrouw,\n\nNamens mevrouw drs. E. Kuipers, algemeen directeur van de Werkorganisatie "
             "Zandmeer, verzoek ik u haar aan te melden als lid van het netwerk. Haar e-mailadres is "
             "e.kuipers@werkorganisatie-zandmeer.nl.\n\nMet vriendelijke groet,\n\nGerda Snijders\n"
             "managementassistent directie" + DISCLAIMER},
    {"id": "d15-other-38", "kind": "other", "thread": None,
     "subject": "Oud-directeur uit bestand halen",
     "sender": "Afdeling P&O <po@gemeenten-vennenland.nl>",
     "body": "Goedemiddag,\n\nOnze voormalig algemeen directeur, de heer H. Mulder, is per 1 januari uit dienst "
             "getreden. Wilt u hem uit uw ledenbestand verwijderen? Zijn mailbox wordt eind deze maand "
             "opgeheven.\n\nMet vriendelijke groet,\nTeam P&O Vennenland"},
    {"id": "d15-other-39", "kind": "other", "thread": None,
     "subject": "Nieuw adres directeur",
     "sender": "Esther Vos <e.vos@brugwaard.nl>",
     "body": "Hallo,\n\nNa de overgang naar het nieuwe domein heeft onze directeur, Karel Smulders, een ander "
             "mailadres: k.smulders@werkorganisatie-brugwaard.nl. Kunt u dat in uw lijst aanpassen? Het oude "
             "adres blijft nog tot 1 mei werken.\n\nGroet,\nEsther Vos, directiesecretaresse"},
    {"id": "d15-other-40", "kind": "other", "thread": None,
     "subject": "Verwijderen gegevens voorganger",
     "sender": "Ton Gerritsen <t.gerritsen@marsdijk.nl>",
     "body": "Geacht secretariaat,\n\nMijn voorganger, mevrouw A. Zijlstra, heeft bij haar afscheid laten weten "
             "dat zij wil dat al haar persoonsgegevens bij externe partijen worden gewist. Wilt u dat namens haar "
             "in gang zetten, op grond van de AVG?\n\nHoogachtend,\nT. Gerritsen\nalgemeen directeur"},
    {"id": "d15-other-41", "kind": "other", "thread": None,
     "subject": "Unsubscribe colleague",
     "sender": "Sophie Lindqvist <s.lindqvist@waterlinie-oost.nl>",
     "body": "Dear secretariat,\n\nCould you please take my colleague Mark Jansen off your mailing list? He "
             "retired last month and his mail now comes to me.\n\nBest regards,\nSophie Lindqvist"
             + DISCLAIMER_EN},
    {"id": "d15-other-42", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
     "sender": "Niels Brouwers <n.brouwers@deltahof.nl>",
     "body": "Goedemorgen,\n\nWilt u Ingrid Kamphuis ook afmelden voor het atelier? Zij zit die middag bij "
             "dezelfde stuurgroep als ik. Zelf kom ik wel.\n\nNiels"},
    {"id": "d15-other-43", "kind": "other", "thread": None,
     "subject": "Adjunct toevoegen aan de lijst",
     "sender": "Hilde Jongsma <h.jongsma@heidezoom.nl>",
     "body": "Ik blijf zelf gewoon lid, maar zou graag zien dat ook onze nieuwe adjunct-directeur, Sem Aalders "
             "(s.aalders@heidezoom.nl), de uitnodigingen ontvangt. Kunt u hem op de lijst zetten?\n\nHilde"},
    {"id": "d15-other-44", "kind": "other", "thread": None,
     "subject": "Uitgeschreven directeur",
     "sender": "Functioneel beheer Eikendal <fb@eikendal.nl>",
     "body": "Beste,\n\nDe mailbox d.vanmaanen@eikendal.nl wordt niet meer gelezen; de heer Van Maanen werkt hier "
             "niet meer. Verwijder dit adres s.v.p. uit uw verzendlijsten.\n\nFunctioneel beheer\n"
             "Werkorganisatie Eikendal"},
    {"id": "d15-other-45", "kind": "other", "thread": None,
     "subject": "collega aanmelden",
     "sender": "Jos Peeters <jpeeters@kempenveld.nl>",
     "body": "heej, zet Marjon van Gils er ook even bij? m.vangils@kempenveld.nl. zij is de nieuwe directeur "
             "sociaal domein en wil graag meedoen\n\ngr jos" + IPHONE},

    # == OTHER: complaints using the words of leaving or erasure ================================================
    {"id": "d15-other-46", "kind": "other", "thread": G, "quoted": "afmelding_bevestigd", "quote": "gmail",
     "sender": "Mirjam Claassen <m.claassen@rijnvliet.nl>",
     "body": "Ik heb helemaal niet gevraagd om afgemeld te worden! Wie heeft dit verzoek ingediend? Ik wil dat "
             "uitgezocht hebben, want dit is niet de eerste keer dat iemand zonder mijn medeweten mijn gegevens "
             "wijzigt.\n\nMirjam Claassen"},
    {"id": "d15-other-47", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
     "sender": "Henk Brons <h.brons@groenlanden.nl>",
     "body": "Beste mensen,\n\nWaarom is mijn naam met functie en telefoonnummer opgenomen in de deelnemerslijst "
             "die u vorige keer aan alle aanwezigen stuurde? Daar heb ik nooit toestemming voor gegeven. Ik "
             "verwacht een uitleg.\n\nH. Brons"},
    {"id": "d15-other-48", "kind": "other", "thread": None,
     "subject": "Afmeldlink",
     "sender": "Frank IJzerman <f.ijzerman@lindewaarde.nl>",
     "body": "Even een opmerking: onder uw mails staat 'Afmelden? Antwoord met afmelden'. Dat is wat omslachtig. "
             "Bijna elke nieuwsbrief heeft tegenwoordig een afmeldknop; misschien iets voor jullie?\n\nFrank"},
    {"id": "d15-other-49", "kind": "other", "thread": I, "quoted": "bevestiging_rsvp", "quote": "outlook-lijn",
     "sender": "Carla Willemsen <c.willemsen@werkorganisatie-veenhorst.nl>",
     "body": "Dit begrijp ik niet. Ik heb me vorige week afgemeld voor het atelier en nu krijg ik bericht dat ik "
             "op de wachtlijst sta. Wat gaat hier mis?\n\nCarla Willemsen"},
    {"id": "d15-other-50", "kind": "other", "thread": None,
     "subject": "Klacht",
     "sender": "Bert Oudshoorn <b.oudshoorn@hethoogveld.nl>",
     "body": "Geacht secretariaat,\n\nSinds enige tijd ontvang ik geen uitnodigingen meer. Navraag bij een collega "
             "leert dat mijn gegevens kennelijk zijn verwijderd na een bounce van onze mailserver. Ik vind het "
             "kwalijk dat dit gebeurt zonder enig bericht. Ik wil graag lid blijven en reken erop dat u dit "
             "herstelt.\n\nHoogachtend,\nB. Oudshoorn"},
    {"id": "d15-other-51", "kind": "other", "thread": R, "quoted": "herinnering_atelier", "quote": "notes",
     "sender": "Astrid Pronk <a.pronk@oeverland.nl>",
     "body": "Al twee keer heb ik gemeld dat de herinneringen naar het adres van mijn voorganger gaan, die hier "
             "allang weg is. Toch komt deze weer bij hem binnen en stuurt zijn oude mailbox hem naar mij door. "
             "Graag nu echt opgelost.\n\nA. Pronk"},
    {"id": "d15-other-52", "kind": "other", "thread": T, "quoted": "vervolg_atelier", "quote": "apple",
     "sender": "Rob Vermeulen <r.vermeulen@brugwaard.nl>",
     "body": "Het verslag noemt mij bij naam als inbrenger van de casus over de reorganisatie. Dat was in "
             "vertrouwen gedeeld. Ik ben hier niet blij mee." + IPHONE},
    {"id": "d15-other-53", "kind": "other", "thread": None,
     "subject": "Spam?",
     "sender": "Lisette Moerman <l.moerman@marsdijk.nl>",
     "body": "Ik heb me nooit aangemeld voor uw netwerk en toch krijg ik nu een verzoek om een aanmelding te "
             "bevestigen. Hoe komt u aan mijn adres?\n\nL. Moerman"},

    # == OTHER: meant for another organisation =================================================================
    {"id": "d15-other-54", "kind": "other", "thread": None,
     "subject": "Afmelding leergang",
     "sender": "Dennis Kuiper <d.kuiper@werkorganisatie-zandmeer.nl>",
     "body": "Geachte organisatie,\n\nHierbij meld ik mij af voor de leergang Publiek Leiderschap, module 3 op "
             "14 april. Door omstandigheden kan ik niet deelnemen. Eventuele kosten kunt u in rekening brengen bij "
             "onze afdeling HRM.\n\nMet vriendelijke groet,\nDennis Kuiper"},
    {"id": "d15-other-55", "kind": "other", "thread": None,
     "subject": "aanmelding regiobijeenkomst gemeentesecretarissen",
     "sender": "Yara Bakker <y.bakker@gemeenten-vennenland.nl>",
     "body": "Graag meld ik mij aan voor de regiobijeenkomst van de Kring van Gemeentesecretarissen Oost op 9 "
             "maart in Deventer. Ik neem een lunchpakket mee.\n\nYara Bakker\ngemeentesecretaris"},
    {"id": "d15-other-56", "kind": "other", "thread": None,
     "subject": "Remove me",
     "sender": "Oliver Dekker <o.dekker@deltahof.nl>",
     "body": "Please remove me from the Smart Region Expo exhibitor mailing list. We won't be exhibiting this "
             "year.\n\nOliver Dekker"},
    {"id": "d15-other-57", "kind": "other", "thread": None,
     "subject": "Afmelden nieuwsbrief Omgevingswet",
     "sender": "Ineke Visscher <i.visscher@kempenveld.nl>",
     "body": "Goedemorgen,\n\nIk ontvang graag niet langer de nieuwsbrief van het Kennispunt Omgevingsrecht. Wilt "
             "u mij uit het bestand halen?\n\nIneke Visscher"},
    {"id": "d15-other-58", "kind": "other", "thread": None,
     "subject": "verhuizing doorgeven",
     "sender": "Fam. Hoekman <hoekman.fam@kpnmail.nl>",
     "body": "Goedendag, wij gaan per 1 maart verhuizen binnen de gemeente naar de Lindelaan 14. Hoe geven we dat "
             "door en moeten we dan langskomen voor een nieuw paspoort?\n\nvriendelijke groet, Fam. Hoekman"},
    {"id": "d15-other-59", "kind": "other", "thread": None,
     "subject": "Uitschrijven opleiding",
     "sender": "Pieter Smink <p.smink@rijnvliet.nl>",
     "body": "Beste, ik wil me uitschrijven voor de opleiding Zaakgericht Werken bij jullie academie. Mijn "
             "werkgever heeft de financiering ingetrokken. Groet, Pieter Smink"},

    # == OTHER: pitches, research, Adviesraad, press ===========================================================
    {"id": "d15-other-60", "kind": "other", "thread": None,
     "subject": "Verzoek medewerking afstudeeronderzoek",
     "sender": "Lotte Ramakers <l.ramakers@student.hogeschool-oost.nl>",
     "body": "Geachte heer, mevrouw,\n\nVoor mijn afstudeeronderzoek Bestuurskunde onderzoek ik hoe ambtelijke "
             "fusieorganisaties sturen op eigenheid van de deelnemende gemeenten. Zou u uw leden willen vragen "
             "zich aan te melden voor een interview van een uur? Aanmelden kan door op deze mail te reageren.\n\n"
             "Met vriendelijke groet,\nLotte Ramakers"},
    {"id": "d15-other-61", "kind": "other", "thread": T, "quoted": "oproep_themas", "quote": "outlook-en",
     "sender": "Vincent Groen <vincent@zaakflow.nl>",
     "body": "Beste secretariaat,\n\nGraag dragen wij een onderwerp aan: de digitalisering van werkprocessen met "
             "ZaakFlow. Wij presenteren op het atelier graag hoe drie werkorganisaties hun zaaksysteem in zes "
             "weken vervingen. Zullen we een kort kennismakingsgesprek plannen?\n\nVincent Groen\n"
             "accountmanager overheid, ZaakFlow B.V."},
    {"id": "d15-other-62", "kind": "other", "thread": None,
     "subject": "Partnerschap netwerk",
     "sender": "Eveline Dorrestein <e.dorrestein@bureau-verbindend.nl>",
     "body": "Beste Stan en Melanie,\n\nGraag meld ik ons adviesbureau aan als kennispartner van het netwerk. Wij "
             "begeleiden al jaren ambtelijke fusies en kunnen een atelier per jaar kosteloos faciliteren. Ik bel "
             "u volgende week even.\n\nEveline Dorrestein"},
    {"id": "d15-other-63", "kind": "other", "thread": None,
     "subject": "Uitnodiging webinar: de werkorganisatie van de toekomst",
     "sender": "Events GovTalent <events@govtalent.nl>",
     "body": "Meld u nu aan voor ons gratis webinar op 18 februari! Ontdek hoe u als directeur talent aantrekt en "
             "behoudt. Aanmelden via govtalent.nl/webinar. Wilt u geen uitnodigingen meer ontvangen? Klik dan "
             "hier om u af te melden."},
    {"id": "d15-other-64", "kind": "other", "thread": None,
     "subject": "Enquête Ministerie BZK: ervaringen met ambtelijke samenwerking",
     "sender": "Onderzoeksteam Samenwerking <onderzoek@samenwerkingsmonitor.nl>",
     "body": "Geacht secretariaat,\n\nIn opdracht van het ministerie brengen wij de ervaringen met ambtelijke "
             "samenwerking in kaart. Wilt u de bijgaande vragenlijst onder de leden van uw netwerk verspreiden? "
             "Deelname is anoniem; gegevens worden na afloop verwijderd.\n\nMet vriendelijke groet,\n"
             "het onderzoeksteam"},
    {"id": "d15-other-65", "kind": "other", "thread": None,
     "subject": "Aanmelding Adviesraad",
     "sender": "Marcel Verhagen <m.verhagen@werkorganisatie-veenhorst.nl>",
     "body": "Beste secretariaat,\n\nIk ben al twee jaar lid van het netwerk en zou graag zitting nemen in de "
             "Adviesraad. Ik heb veel ervaring met de doorontwikkeling van een sturingsconcept. Hierbij meld ik "
             "mij dus aan.\n\nMarcel Verhagen"},
    {"id": "d15-other-66", "kind": "other", "thread": None,
     "subject": "Persvraag Binnenlands Bestuur",
     "sender": "Rick Dam <r.dam@gemeentenieuwsdienst.nl>",
     "body": "Goedemiddag,\n\nIk schrijf een artikel over tien jaar ambtelijke fusies. Mag ik een van de "
             "directeuren uit uw netwerk interviewen, en kunt u mij in contact brengen met iemand die zich wil "
             "aanmelden als gesprekspartner?\n\nRick Dam, redacteur"},
    {"id": "d15-other-67", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "ongemarkeerd",
     "sender": "Catering De Smulpaap <info@desmulpaap.nl>",
     "body": "Goedendag, wij zagen dat u op 11 maart een bijeenkomst in Utrecht organiseert. Wij verzorgen graag "
             "de lunch voor 30 personen; in de bijlage vindt u ons aanbod. Aanmelden voor een proeverij kan "
             "altijd!"},

    # == OTHER: remaining boundary cases ========================================================================
    {"id": "d15-other-68", "kind": "other", "thread": T, "quoted": "oproep_themas", "quote": "groupwise",
     "sender": "Ellen Timmermans <e.timmermans@groenlanden.nl>",
     "body": "Ik heb op dit moment geen onderwerp. Wel een vraag: wie zitten er eigenlijk in de Adviesraad die "
             "de suggesties weegt?\n\nEllen"},
    {"id": "d15-other-69", "kind": "other", "thread": None,
     "subject": "Lid via GR?",
     "sender": "Kees Wildschut <k.wildschut@gr-vennenland.nl>",
     "body": "Goedemorgen, ik ben directeur van een gemeenschappelijke regeling voor de bedrijfsvoering van vier "
             "gemeenten, geen ambtelijke fusie in strikte zin. Mag ik mij toch aanmelden?\n\nKees Wildschut"},
    {"id": "d15-other-70", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "doorgestuurd",
     "sender": "Jan-Willem Aarts <jw.aarts@lindewaarde.nl>",
     "body": "Anja, kun jij uitzoeken of ik die donderdag kan? Als het past mag je me aanmelden, anders niet.\n\n"
             "JW"},
    {"id": "d15-other-71", "kind": "other", "thread": None,
     "subject": "Dubbele aanmelding?",
     "sender": "Roos van der Meer <r.vandermeer@eikendal.nl>",
     "body": "Ik ontvang alle berichten twee keer, op mijn oude en op mijn nieuwe adres. Welke van de twee staat "
             "eigenlijk als lid geregistreerd? Dan weet ik welke ik kan laten verwijderen.\n\nRoos"},
    {"id": "d15-other-72", "kind": "other", "thread": R, "quoted": "herinnering_atelier", "quote": "gmail",
     "sender": "Ramon Baas <r.baas@heidezoom.nl>",
     "body": "Ik kom nog steeds, maar mijn gast is ziek. Mag ik in haar plaats iemand anders meenemen, of gaat die "
             "plek naar de wachtlijst?\n\nRamon"},

    # == SUBSCRIBE: the writer joins, closing with a remark that needs no answer ===============================
    {"id": "d15-subscribe-01", "kind": "subscribe", "thread": None,
     "subject": "Aanmelding lidmaatschap",
     "sender": "Jolanda Brouwer <j.brouwer@werkorganisatie-rijnvliet.nl>",
     "body": "Beste secretariaat,\n\nGraag meld ik mij aan als lid van het netwerk. Per 1 februari ben ik gestart "
             "als algemeen directeur van de Werkorganisatie Rijnvliet.\n\nIk hoor graag of het gelukt is.\n\n"
             "Met vriendelijke groet,\nJolanda Brouwer"},
    {"id": "d15-subscribe-02", "kind": "subscribe", "thread": None,
     "subject": "Joining the network",
     "sender": "Daniel Hartman <d.hartman@waterlinie-oost.nl>",
     "body": "Hi,\n\nI'd like to join the network. I took over as director of Werkorganisatie Waterlinie-Oost last "
             "month and several colleagues recommended the ateliers. Looking forward to meeting everyone.\n\n"
             "Best,\nDaniel Hartman" + OUTLOOK_IOS},
    {"id": "d15-subscribe-03", "kind": "subscribe", "thread": None,
     "subject": "Aanmelden",
     "sender": "Marja Tuinstra <m.tuinstra@gemeenten-oldambtveen.nl>",
     "body": "Naam: Marja Tuinstra\nFunctie: algemeen directeur\nOrganisatie: Werkorganisatie Oldambtveen-Marsdijk\n"
             "E-mail: m.tuinstra@gemeenten-oldambtveen.nl\nTelefoon: 0597 - 45 12 11\n\nIk wil graag lid worden."},
    {"id": "d15-subscribe-04", "kind": "subscribe", "thread": None,
     "subject": "Nu zelf lid",
     "sender": "Olaf Jansma <o.jansma@hethoogveld.nl>",
     "body": "Goedemiddag,\n\nOmdat ik vorig jaar als gast van een collega bij het atelier was en dat goed beviel, "
             "wil ik me nu zelf aanmelden als lid van het netwerk.\n\nGroet,\nOlaf Jansma\ndirecteur Het Hoogveld"},
    {"id": "d15-subscribe-05", "kind": "subscribe", "thread": None,
     "subject": "Aanmelding netwerk directeuren",
     "sender": "Annet Wiersma <a.wiersma@deltahof.nl>",
     "body": "Hallo,\n\nHierbij meld ik mij aan voor het netwerk. Mijn voorganger was ook lid, dus Deltahof is "
             "jullie vast niet onbekend.\n\nHartelijke groet,\nAnnet Wiersma" + DISCLAIMER},
    {"id": "d15-subscribe-06", "kind": "subscribe", "thread": None,
     "subject": "aanmelden",
     "sender": "jan terpstra <jterpstra@marsdijk.nl>",
     "body": "graag aanmelden voor het netwerk, groet jan terpstra (directeur marsdijk)"},
    {"id": "d15-subscribe-07", "kind": "subscribe", "thread": None,
     "subject": "Verzoek tot toetreding",
     "sender": "mr. dr. C.J.M. (Coen) Adriaanse <c.adriaanse@werkorganisatie-eikendal.nl>",
     "body": "Geacht secretariaat,\n\nMet belangstelling heb ik kennisgenomen van de brochure van het Netwerk van "
             "directeuren van ambtelijke fusieorganisaties. Gaarne verzoek ik u mij als lid in te schrijven.\n\n"
             "In afwachting van uw bevestiging verblijf ik,\n\nHoogachtend,\n\nmr. dr. C.J.M. Adriaanse\n"
             "algemeen directeur Werkorganisatie Eikendal"},
    {"id": "d15-subscribe-08", "kind": "subscribe", "thread": None,
     "subject": "Ik doe mee",
     "sender": "Sanne Kok <s.kok@werkorganisatie-kempenveld.nl>",
     "body": "Ik wil graag lid worden van het netwerk. Wie wil er nu niet leren van collega's die met precies "
             "dezelfde dilemma's worstelen?" + BRABANT.replace("Toon van den Heuvel", "Sanne Kok")},
    {"id": "d15-subscribe-09", "kind": "subscribe", "thread": None,
     "subject": "Netwerk",
     "sender": "Bart Huisman <b.huisman@lindewaarde.nl>",
     "body": "Zet me maar op de lijst, ik doe graag mee met het netwerk." + IPHONE},
    {"id": "d15-subscribe-10", "kind": "subscribe", "thread": None,
     "subject": "Aanmelding",
     "sender": "Willemijn Prins <w.prins@brugwaard.nl>",
     "body": "Beste mensen,\n\nIk wil me aanmelden voor het netwerk; collega Van Dam van Oeverland raadde het me "
             "van harte aan.\n\nVriendelijke groet,\nWillemijn Prins\ndirecteur Brugwaard\n06 - 41 87 20 33"},
    {"id": "d15-subscribe-11", "kind": "subscribe", "thread": None,
     "subject": "Graag op de hoogte blijven",
     "sender": "Hans Ubbink <h.ubbink@werkorganisatie-veenhorst.nl>",
     "body": "Goedemorgen,\n\nWilt u mij voortaan op de hoogte houden van de ateliers? Ik word graag lid van het "
             "netwerk.\n\nMet vriendelijke groet,\nHans Ubbink\nalgemeen directeur Veenhorst"},
    {"id": "d15-subscribe-12", "kind": "subscribe", "thread": G, "quoted": "afmelding_bevestigd",
     "quote": "outlook-nl",
     "sender": "Gerrit Lansink <g.lansink@groenlanden.nl>",
     "body": "Beste Stan,\n\nVorig jaar meldde ik mij af toen ik tijdelijk een andere rol had. Nu ben ik weer "
             "directeur, dus ik wil graag opnieuw meedoen. Fijn dat dat zo eenvoudig kan.\n\nGerrit Lansink"},
    {"id": "d15-subscribe-13", "kind": "subscribe", "thread": None,
     "subject": "Aanmelding netwerk directeuren ambtelijke fusie",
     "sender": "Mariëlle Hoogland <m.hoogland@oeverland.nl>",
     "body": "Moi,\n\nIk meld mij aan als lid van het netwerk. Alvast dank voor de bevestiging.\n\n"
             "Mariëlle Hoogland\ndirecteur Werkorganisatie Oeverland\n0598 - 72 40 18"},
    {"id": "d15-subscribe-14", "kind": "subscribe", "thread": None,
     "subject": "sign me up please",
     "sender": "Ivo Mertens <i.mertens@zandmeer.nl>",
     "body": "Hoi, please sign me up for the netwerk – ik ben de nieuwe directeur bij Zandmeer. Thanks!\n\nIvo"
             + ANDROID},

    # == CONFIRM: a yes to our confirmation request ===========================================================
    {"id": "d15-confirm-01", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "outlook-nl",
     "sender": "Jolanda Brouwer <j.brouwer@werkorganisatie-rijnvliet.nl>",
     "body": "Bevestigd."},
    {"id": "d15-confirm-02", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding", "quote": "gmail",
     "sender": "Olaf Jansma <o.jansma@hethoogveld.nl>",
     "body": "Ja, dat klopt, ik heb me aangemeld. Dank voor de snelle reactie!\n\nOlaf"},
    {"id": "d15-confirm-03", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding", "quote": "apple",
     "sender": "Daniel Hartman <d.hartman@waterlinie-oost.nl>",
     "body": "Confirmed, thanks." + IPHONE},
    {"id": "d15-confirm-04", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "outlook-lijn",
     "sender": "mr. dr. C.J.M. (Coen) Adriaanse <c.adriaanse@werkorganisatie-eikendal.nl>",
     "body": "Geacht secretariaat,\n\nHierbij bevestig ik mijn aanmelding. Ik zie uit naar het eerstvolgende "
             "atelier.\n\nHoogachtend,\nC.J.M. Adriaanse"},
    {"id": "d15-confirm-05", "kind": "confirm", "thread": C, "quoted": "herinnering_aanmelding",
     "quote": "outlook-nl",
     "sender": "Bart Huisman <b.huisman@lindewaarde.nl>",
     "body": "Sorry, was hem vergeten. Bij deze alsnog bevestigd.\n\nBart"},
    {"id": "d15-confirm-06", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "doorgestuurd",
     "sender": "Karel Smulders <k.smulders@brugwaard.nl>",
     "body": "Klopt, dat was ik; Esther heeft mij op mijn verzoek aangemeld. Ik bevestig hierbij.\n\nKarel"},
    {"id": "d15-confirm-07", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding", "quote": "notes",
     "sender": "Sanne Kok <s.kok@werkorganisatie-kempenveld.nl>",
     "body": "Ja graag! Eindelijk een plek voor dit soort vraagstukken, toch?\n\nSanne"},
    {"id": "d15-confirm-08", "kind": "confirm", "thread": C, "quoted": "herinnering_aanmelding",
     "quote": "groupwise",
     "sender": "Marja Tuinstra <m.tuinstra@gemeenten-oldambtveen.nl>",
     "body": "Akkoord."},
    {"id": "d15-confirm-09", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "notes-wrote",
     "sender": "jan terpstra <jterpstra@marsdijk.nl>",
     "body": "ja ik bevestig. groet jan"},
    {"id": "d15-confirm-10", "kind": "confirm", "thread": None, "quoted": "bevestiging_aanmelding",
     "quote": "ongemarkeerd",
     "sender": "Hans Ubbink <h.ubbink@werkorganisatie-veenhorst.nl>",
     "body": "Bevestigd - zo weten jullie zeker dat het mijn adres is. Ik kijk ernaar uit.\n\nHans Ubbink"},
    {"id": "d15-confirm-11", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "outlook-en",
     "sender": "Ivo Mertens <i.mertens@zandmeer.nl>",
     "body": "Yes, that was me. Thanks for setting this up so quickly.\n\nIvo"},

    # == UNSUBSCRIBE: leaving, with a reason clause, a hand-over or an erasure =================================
    {"id": "d15-unsubscribe-01", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": "Afmelden netwerk",
     "sender": "Tom Hulshof <t.hulshof@werkorganisatie-zandmeer.nl>",
     "body": "Goedemorgen,\n\nGraag afmelden voor het netwerk; per 1 maart ben ik niet langer directeur van de "
             "Werkorganisatie Zandmeer.\n\nMet vriendelijke groet,\nTom Hulshof"},
    {"id": "d15-unsubscribe-02", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": "Afmelding",
     "sender": "Geert Veenstra <g.veenstra@oeverland.nl>",
     "body": "Beste Stan en Melanie,\n\nIk wil mij afmelden omdat ik eind deze maand met pensioen ga. Dank voor "
             "de mooie bijeenkomsten van de afgelopen jaren; ik heb er veel aan gehad.\n\nHartelijke groet,\n"
             "Geert Veenstra"},
    {"id": "d15-unsubscribe-03", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": "Overdracht lidmaatschap",
     "sender": "Ellen Roosendaal <e.roosendaal@deltahof.nl>",
     "body": "Beste secretariaat,\n\nPer 1 april neemt Ellen Bos (e.bos@deltahof.nl) mijn functie als algemeen "
             "directeur over. Zij neemt vanaf dan ook mijn plaats in het netwerk in; ik vertrek naar een "
             "functie buiten het openbaar bestuur.\n\nMet vriendelijke groet,\nEllen Roosendaal"},
    {"id": "d15-unsubscribe-04", "kind": "unsubscribe", "erase": False, "thread": I,
     "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
     "sender": "Ruud Kloosterman <r.kloosterman@heidezoom.nl>",
     "body": "Ik kom niet, en ik wil ook geen uitnodigingen meer ontvangen; ik stop met het netwerk.\n\n"
             "Ruud Kloosterman"},
    {"id": "d15-unsubscribe-05", "kind": "unsubscribe", "erase": True, "thread": None,
     "subject": "Verzoek tot wissing persoonsgegevens (art. 17 AVG)",
     "sender": "mr. W.F. (Wim) de Ridder <w.deridder@werkorganisatie-veenhorst.nl>",
     "body": "Geacht secretariaat,\n\nOp grond van artikel 17 van de Algemene Verordening Gegevensbescherming "
             "(AVG) verzoek ik u hierbij om alle persoonsgegevens die u in het kader van het Netwerk van "
             "directeuren van ambtelijke fusieorganisaties van mij verwerkt, waaronder mijn naam, functie, "
             "e-mailadres en eventuele aanwezigheidsregistraties, onverwijld te wissen en de verwerking daarvan "
             "te staken. Tevens verzoek ik u eventuele ontvangers aan wie deze gegevens zijn verstrekt van dit "
             "verzoek in kennis te stellen, overeenkomstig artikel 19 AVG.\n\nIk verzoek u binnen de wettelijke "
             "termijn van één maand schriftelijk te bevestigen dat aan dit verzoek gevolg is gegeven.\n\n"
             "Hoogachtend,\n\nmr. W.F. de Ridder" + DISCLAIMER},
    {"id": "d15-unsubscribe-06", "kind": "unsubscribe", "erase": True, "thread": I,
     "quoted": "uitnodiging_atelier", "quote": "outlook-lijn",
     "sender": "Nicole Verschoor <n.verschoor@brugwaard.nl>",
     "body": "Ik kom niet. Sterker nog: verwijder al mijn gegevens uit uw bestand, conform de AVG. Ik wil van dit "
             "netwerk geen berichten meer.\n\nN. Verschoor"},
    {"id": "d15-unsubscribe-07", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": "Unsubscribe",
     "sender": "Peter O'Neill <p.oneill@waterlinie-oost.nl>",
     "body": "Please unsubscribe me from the network; I've moved to a role in the private sector. Thanks for "
             "everything, it's been great.\n\nPeter"},
    {"id": "d15-unsubscribe-08", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": "Afmelden netwerk directeuren",
     "sender": "Lambert Hoeks <l.hoeks@kempenveld.nl>",
     "body": "Lambert Hoeks\nalgemeen directeur\nWerkorganisatie Kempenveld\nT 040 - 209 33 10"},
    {"id": "d15-unsubscribe-09", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": "lijst",
     "sender": "Wim Sikkema <w.sikkema@gemeenten-oldambtveen.nl>",
     "body": "Haal me maar van de lijst. Wat moet een gepensioneerde nog met uitnodigingen voor directeuren, "
             "nietwaar?" + GRONINGS.replace("Harm Bolhuis", "Wim Sikkema").replace("algemeen directeur",
                                                                                   "oud-directeur")},
    {"id": "d15-unsubscribe-10", "kind": "unsubscribe", "erase": False, "thread": T, "quoted": "oproep_themas",
     "quote": "apple",
     "sender": "Marieke Bloem <m.bloem@lindewaarde.nl>",
     "body": "Geen onderwerpen van mijn kant: ik verlaat in februari de werkorganisatie en meld me hierbij af bij "
             "het netwerk. Veel succes met de volgende ateliers!" + IPHONE},
    {"id": "d15-unsubscribe-11", "kind": "unsubscribe", "erase": False, "thread": W,
     "sender": "Stijn Bakx <s.bakx@eikendal.nl>",
     "subject": "RE: Welkom bij het Netwerk van directeuren van ambtelijke fusieorganisaties",
     "body": "afmelden graag, omdat ik van functie wissel.\n\nStijn\n\n> Met vriendelijke groet,\n>\n"
             "> Secretariaat Netwerk van directeuren van ambtelijke fusieorganisaties (SeinstravandeLaar)\n"
             "> info@ambtelijkefusie.nl" + FOOTER_AFMELD},
    {"id": "d15-unsubscribe-12", "kind": "unsubscribe", "erase": True, "thread": None,
     "subject": "GDPR erasure request",
     "sender": "Anna Kowalski <a.kowalski@deltahof.nl>",
     "body": "Dear Sir or Madam,\n\nPursuant to Article 17 of the General Data Protection Regulation, I hereby "
             "request the erasure of all personal data you hold about me, including my name, job title and e-mail "
             "address, and that you stop sending me any further messages. Please confirm once this has been "
             "done.\n\nYours faithfully,\nAnna Kowalski"},
    {"id": "d15-unsubscribe-13", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": "Stoppen",
     "sender": "Harrie Custers <h.custers@werkorganisatie-kempenveld.nl>",
     "body": "ik stop ermee; onze werkorganisatie wordt per 1/1 opgeheven vanwege de herindeling. bedankt voor "
             "alles\n\nharrie" + ANDROID},
    {"id": "d15-unsubscribe-14", "kind": "unsubscribe", "erase": True, "thread": None,
     "subject": "Recht op vergetelheid",
     "sender": "Dorien Hazelaar <d.hazelaar@hethoogveld.nl>",
     "body": "Beste secretariaat,\n\nIk maak gebruik van mijn recht op vergetelheid: wilt u mij uit het netwerk "
             "uitschrijven en al mijn gegevens definitief verwijderen?\n\nMet vriendelijke groet,\n"
             "Dorien Hazelaar"},
    {"id": "d15-unsubscribe-15", "kind": "unsubscribe", "erase": False, "thread": I,
     "quoted": "uitnodiging_atelier", "quote": "notes",
     "sender": "Joost Raaijmakers <j.raaijmakers@groenlanden.nl>",
     "body": "Mijn opvolger is Karim El Idrissi (k.elidrissi@groenlanden.nl); hij neemt per 1 maart mijn plek in "
             "het netwerk over. Het atelier laat ik dus aan hem.\n\nJoost Raaijmakers"},
    {"id": "d15-unsubscribe-16", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": "Afmelding netwerk",
     "sender": "Annemarie Wolthuis <a.wolthuis@marsdijk.nl>",
     "body": "Goedemiddag,\n\nIk meld mij af voor het netwerk. De ateliers sluiten voor mij te weinig aan bij de "
             "vraagstukken van een kleine werkorganisatie. Geen verwijt, wel een constatering.\n\nGroet,\n"
             "Annemarie Wolthuis"},
    {"id": "d15-unsubscribe-17", "kind": "unsubscribe", "erase": False, "thread": W, "quoted": "welkom",
     "quote": "outlook-en",
     "sender": "Freek Dijkman <f.dijkman@rijnvliet.nl>",
     "body": "Toch maar niet: meld mij weer af. Het bleek een dubbele aanmelding; mijn collega-directeur is al "
             "lid namens Rijnvliet en dat is voor ons voldoende.\n\nFreek"},
    {"id": "d15-unsubscribe-18", "kind": "unsubscribe", "erase": True, "thread": None,
     "subject": "afmelden en gegevens wissen",
     "sender": "Monique Baars <m.baars@oeverland.nl>",
     "body": "Wilt u mij afmelden en mijn gegevens wissen? Ik wil niet dat mijn naam nog ergens in uw systeem "
             "staat." + IPHONE},
    {"id": "d15-unsubscribe-19", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": "Uitschrijven",
     "sender": "Leon Frerichs <l.frerichs@zandmeer.nl>",
     "body": "Beste,\n\nSchrijf mij alstublieft uit bij het netwerk; door de nieuwe portefeuilleverdeling in ons "
             "directieteam valt dit niet langer onder mijn taken.\n\nLeon Frerichs"},

    # == RSVP: answers to the invitation, with remarks that need no answer =====================================
    {"id": "d15-rsvp-01", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl",
     "sender": "Hendrik Staal <h.staal@gemeenten-oldambtveen.nl>",
     "body": "Ik kom. Ik neem de trein van 11.02 uit Groningen, dus ik ben er ruim op tijd.\n\nHendrik Staal"},
    {"id": "d15-rsvp-02", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "gmail",
     "sender": "Fleur Jonkman <f.jonkman@rijnvliet.nl>",
     "body": "Ja, ik kom graag! Ik heb een notenallergie, maar ik neem zelf wat te eten mee, dus daar hoeven jullie "
             "niets voor te regelen.\n\nFleur"},
    {"id": "d15-rsvp-03", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-lijn",
     "sender": "Victor Brands <v.brands@werkorganisatie-zandmeer.nl>",
     "body": "Goedemiddag,\n\nIk kom met twee personen: mijzelf en onze strateeg Lotte Verhoef "
             "(l.verhoef@werkorganisatie-zandmeer.nl).\n\nMet vriendelijke groet,\nVictor Brands"},
    {"id": "d15-rsvp-04", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-en",
     "sender": "Corine van Wijk <c.vanwijk@eikendal.nl>",
     "body": "Nee, helaas; die dag is de accountant bij ons voor de interim-controle.\n\nCorine"},
    {"id": "d15-rsvp-05", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "notes-wrote",
     "sender": "Rutger Molenaar <r.molenaar@groenlanden.nl>",
     "body": "Ik kan zelf niet. In mijn plaats komt onze adjunct-directeur, Peter Langeveld "
             "(p.langeveld@groenlanden.nl).\n\nm.vr.gr.\nRutger Molenaar"},
    {"id": "d15-rsvp-06", "kind": "rsvp", "attending": True, "thread": I, "quoted": "bevestiging_rsvp",
     "quote": "apple",
     "sender": "Marieke Stoel <m.stoel@lindewaarde.nl>",
     "body": "ik kom toch" + IPHONE},
    {"id": "d15-rsvp-07", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl",
     "sender": "Corine van Wijk <c.vanwijk@eikendal.nl>",
     "subject": "RE: RE: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid "
                "[atelier:2027-1]",
     "body": "Goedemorgen,\n\nEerder liet ik weten dat ik niet kon, maar de controle is verplaatst naar april: ik "
             "kom dus wel.\n\nCorine van Wijk"},
    {"id": "d15-rsvp-08", "kind": "rsvp", "attending": False, "thread": R, "quoted": "herinnering_atelier",
     "quote": "groupwise",
     "sender": "Albert Knoop <a.knoop@heidezoom.nl>",
     "body": "helaas ik kan niet, geef mijn plek maar aan iemand op de wachtlijst\n\nalbert"},
    {"id": "d15-rsvp-09", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-en",
     "sender": "Daniel Hartman <d.hartman@waterlinie-oost.nl>",
     "body": "I'll be there – looking forward to it!\n\nDaniel"},
    {"id": "d15-rsvp-10", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "notes",
     "sender": "Toon van den Heuvel <t.vandenheuvel@kempenveld.nl>",
     "body": "Natuurlijk kom ik, zo'n onderwerp laat je toch niet aan je voorbijgaan?" + BRABANT},
    {"id": "d15-rsvp-11", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl",
     "sender": "Sabine Rademaker <s.rademaker@deltahof.nl>",
     "body": "Ik ben erbij, maar schuif rond half drie aan vanwege een bestuurlijk overleg. Begin gerust zonder "
             "mij.\n\nSabine Rademaker"},
    {"id": "d15-rsvp-12", "kind": "rsvp", "attending": True, "thread": I,
     "subject": "RE: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid "
                "[atelier:2027-1]",
     "sender": "Gert-Jan Poort <gj.poort@brugwaard.nl>",
     "body": "> Hoe houdt u de couleur locale van vier gemeentebesturen in het oog bij één werkorganisatie?\n\n"
             "Goede vraag, daar worstelen wij ook mee.\n\n> Komt u? Beantwoord deze e-mail met \"ja, ik kom\" of "
             "\"nee, helaas\".\n\nJa, ik kom.\n\n> Graag uw antwoord vóór 2 maart 2027.\n\nGJ Poort"},
    {"id": "d15-rsvp-13", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "ongemarkeerd",
     "sender": "Ingeborg Lammers <i.lammers@oeverland.nl>",
     "body": "Ik moet me helaas afmelden voor het atelier omdat ik die week met vakantie ben.\n\n"
             "Ingeborg Lammers"},
    {"id": "d15-rsvp-14", "kind": "rsvp", "attending": True, "thread": None,
     "subject": "Aanmelding atelier 11 maart",
     "sender": "Reinier Doornbos <r.doornbos@werkorganisatie-veenhorst.nl>",
     "body": "Goedemiddag,\n\nGraag meld ik mij aan voor het Leer- en inspireer-atelier van donderdag 11 maart in "
             "Utrecht. Ik ben al lid van het netwerk.\n\nMet vriendelijke groet,\nReinier Doornbos"},
    {"id": "d15-rsvp-15", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_vervanger",
     "quote": "outlook-nl",
     "sender": "Marieke de Vries-Ölçer <m.devries@werkorganisatie-heidezoom.nl>",
     "body": "Beste secretariaat,\n\nIk was door Dirk opgegeven als zijn vervanger, maar kan helaas ook niet: "
             "die middag heb ik een raadsinformatieavond voor te bereiden.\n\nMarieke"},
    {"id": "d15-rsvp-16", "kind": "rsvp", "attending": False, "thread": I, "quoted": "wijziging_atelier",
     "quote": "gmail",
     "sender": "Arnoud Pels <a.pels@marsdijk.nl>",
     "body": "Op de nieuwe datum kan ik helaas niet; dan zit ik in Brussel.\n\nArnoud"},
    {"id": "d15-rsvp-17", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_vervanger",
     "quote": "apple",
     "sender": "Peter Langeveld <p.langeveld@groenlanden.nl>",
     "body": "Dank voor de uitnodiging, ik kom graag namens Rutger." + IPHONE},
    {"id": "d15-rsvp-18", "kind": "rsvp", "attending": True, "thread": R, "quoted": "herinnering_atelier",
     "quote": "outlook-lijn",
     "sender": "Yasmina El Amrani <y.elamrani@hethoogveld.nl>",
     "body": "Met plezier! Tot de 11e.\n\nYasmina"},
    {"id": "d15-rsvp-19", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "doorgestuurd",
     "sender": "Jan-Willem Aarts <jw.aarts@lindewaarde.nl>",
     "body": "Anja, laat jij weten dat ik niet kan? Ik zit die middag bij de Gedeputeerde; dat overleg gaat voor."
             "\n\nJW"},

    # == SUGGESTION: topics, some ending with a rhetorical question ==========================================
    {"id": "d15-suggestion-01", "kind": "suggestion", "themes": ["samenwerking"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-nl",
     "sender": "Anke Tiemens <a.tiemens@gemeenten-oldambtveen.nl>",
     "body": "Mijn onderwerp: hoe houd je vier gemeenteraden betrokken bij één gezamenlijke werkorganisatie, "
             "terwijl iedere raad zijn eigen belangen en ambities heeft? Wie kent het niet?\n\nAnke Tiemens"},
    {"id": "d15-suggestion-02", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "gmail",
     "sender": "Laurens Dekker <l.dekker@rijnvliet.nl>",
     "body": "Formatie en krapte op de arbeidsmarkt: hoe vullen we de vacatures bij I&A en financiën nog in? "
             "Hebben we daar niet allemaal last van?\n\nLaurens"},
    {"id": "d15-suggestion-03", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-lijn",
     "sender": "Marit Zandstra <m.zandstra@deltahof.nl>",
     "body": "Graag als onderwerp: welke prestatie-indicatoren zeggen echt iets over de kwaliteit van onze "
             "dienstverlening aan inwoners? Of tellen we over tien jaar nog steeds alleen wachttijden aan de "
             "telefoon?\n\nMarit Zandstra"},
    {"id": "d15-suggestion-04", "kind": "suggestion", "themes": ["strategie"], "thread": T,
     "quoted": "oproep_themas", "quote": "notes",
     "sender": "Evert Hulst <e.hulst@brugwaard.nl>",
     "body": "Ik zou het graag over de lange termijn hebben: welke visie hebben wij op onze organisatie over tien "
             "jaar, los van de waan van de dag?\n\nm.vr.gr.\nEvert Hulst"},
    {"id": "d15-suggestion-05", "kind": "suggestion", "themes": ["organisatie", "samenwerking"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-en",
     "sender": "Gwen Martens <g.martens@werkorganisatie-zandmeer.nl>",
     "body": "Twee onderwerpen:\n1. ons sturingsconcept: van afdelingen naar zelforganiserende teams\n2. de "
             "positie van onze werkorganisatie in de regio, naast de grote centrumgemeente\n\nGwen"},
    {"id": "d15-suggestion-06", "kind": "suggestion", "themes": ["strategie"], "thread": T,
     "quoted": "oproep_themas", "quote": "apple",
     "sender": "Bram Stegeman <b.stegeman@eikendal.nl>",
     "body": "Niet weer digitalisering, daar hebben we het vorig jaar uitgebreid over gehad. Ik stel voor dat we "
             "het hebben over de bestuurlijke prioriteiten voor de komende collegeperiode." + IPHONE},
    {"id": "d15-suggestion-07", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-en",
     "sender": "Rachel Cohen <r.cohen@waterlinie-oost.nl>",
     "body": "Suggestion: innovation in services for local entrepreneurs – for instance one digital counter "
             "where a business can arrange all its permits. Isn't that what every entrepreneur wants?\n\nRachel"},
    {"id": "d15-suggestion-08", "kind": "suggestion", "themes": ["samenwerking"], "thread": T,
     "quoted": "vervolg_atelier", "quote": "outlook-nl",
     "sender": "Dirk Smit <d.smit@heidezoom.nl>",
     "body": "Mooi atelier, dank! Voor de volgende keer: hoe pakken we gezamenlijke opgaven als de "
             "energietransitie op over drie gemeenten heen, als elke gemeente een ander tempo wil?\n\nDirk"},
    {"id": "d15-suggestion-09", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "groupwise",
     "sender": "Jacqueline Roos <j.roos@hethoogveld.nl>",
     "body": "Het sturingsconcept. Iedereen roept 'opgavegericht werken', maar wie weet eigenlijk wat dat in de "
             "dagelijkse praktijk van een werkorganisatie betekent?\n\nJacqueline"},
    {"id": "d15-suggestion-10", "kind": "suggestion", "themes": ["strategie"], "thread": T,
     "quoted": "bedankt_suggestie", "quote": "outlook-nl",
     "sender": "Marieke de Vries-Ölçer <m.devries@werkorganisatie-heidezoom.nl>",
     "body": "Nog een toevoeging: de inhoudelijke agenda voor de komende vier jaar: welke bestuurlijke "
             "prioriteiten kiezen we?\n\nMarieke"},
    {"id": "d15-suggestion-11", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T,
     "subject": "RE: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
     "sender": "Wessel Vink <w.vink@oeverland.nl>",
     "body": "> Welk vraagstuk rond de (door)ontwikkeling van uw ambtelijke fusieorganisatie wilt u graag met "
             "collega's bespreken?\n\nDe dienstverlening aan ondernemers: één aanspreekpunt voor bedrijven, in "
             "plaats van per gemeente een ander loket.\n\n> Beantwoord deze e-mail met uw onderwerpen, graag "
             "vóór 21 januari 2027.\n\nWessel Vink"},
    {"id": "d15-suggestion-12", "kind": "suggestion", "themes": ["strategie", "dienstverlening"], "thread": T,
     "quoted": "oproep_themas", "quote": "notes-wrote",
     "sender": "Lidewij Oosting <l.oosting@marsdijk.nl>",
     "body": "Twee onderwerpen:\n- een lange termijn visie op onze werkorganisatie\n- innovatie in de "
             "dienstverlening aan inwoners: chat en beeldbellen met het klantcontactcentrum\n\nLidewij"},
    {"id": "d15-suggestion-13", "kind": "suggestion", "themes": ["organisatie"], "thread": None,
     "quoted": "vervolg_atelier", "quote": "outlook-lijn",
     "sender": "Stefan Kramer <s.kramer@groenlanden.nl>",
     "body": "Voor het volgende atelier: de financiën van de werkorganisatie: hoe houd je de overhead "
             "beheersbaar terwijl de taken blijven groeien? Daar is toch geen eenvoudige oplossing voor?"
             "\n\nStefan Kramer"},

    # == AUTOREPLY ============================================================================================
    {"id": "d15-autoreply-01", "kind": "autoreply", "thread": I, "headers": AUTO,
     "subject": "Automatisch antwoord: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op "
                "samenwerking & eigenheid [atelier:2027-1]",
     "sender": "Henk Brons <h.brons@groenlanden.nl>",
     "body": "Ik ben afwezig tot en met 15 maart. Voor aanmeldingen voor de Omgevingstafel kunt u terecht bij "
             "omgevingstafel@groenlanden.nl. In dringende gevallen: 0318 - 66 40 00."},
    {"id": "d15-autoreply-02", "kind": "autoreply", "thread": T, "headers": {"X-Autoreply": "yes"},
     "subject": "Afwezig: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 "
                "[atelier:2027-1]",
     "sender": "Nienke de Boer <n.deboer@deltahof.nl>",
     "body": "Dank voor uw bericht. Ik ben met verlof en lees mijn mail niet. Uw bericht wordt niet doorgestuurd; "
             "vanaf 3 februari ben ik weer bereikbaar."},
    {"id": "d15-autoreply-03", "kind": "autoreply", "thread": None, "headers": AUTO,
     "subject": "Dit e-mailadres is niet meer in gebruik",
     "sender": "Postmaster Werkorganisatie Marsdijk <noreply@marsdijk.nl>",
     "body": "Dit is een automatisch bericht.\n\nHet e-mailadres waaraan u schreef is niet meer in gebruik. Stuur "
             "uw bericht naar info@marsdijk.nl en verwijder dit adres uit uw adresboek."},
    {"id": "d15-autoreply-04", "kind": "autoreply", "thread": None, "headers": AUTO,
     "subject": "Uw bericht is ontvangen [zaaknummer Z-2027-004127]",
     "sender": "Klantcontact Eikendal <noreply@eikendal.nl>",
     "body": "Geachte afzender,\n\nUw bericht is in goede orde ontvangen en geregistreerd onder zaaknummer "
             "Z-2027-004127. Wij streven ernaar u binnen vijf werkdagen te antwoorden. Wilt u uw vraag intrekken "
             "of uw gegevens laten verwijderen, vermeld dan dit zaaknummer.\n\nMet vriendelijke groet,\n"
             "Team Klantcontact"},
    {"id": "d15-autoreply-05", "kind": "autoreply", "thread": R, "headers": AUTO,
     "subject": "Automatic reply: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 "
                "[atelier:2027-1]",
     "sender": "Rachel Cohen <r.cohen@waterlinie-oost.nl>",
     "body": "Thank you for your email. I am out of the office until 12 March with limited access to email. For "
             "urgent matters please contact my assistant at secretariaat@waterlinie-oost.nl."},
]
# fmt: on
