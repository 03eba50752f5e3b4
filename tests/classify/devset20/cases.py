"""Cases of devset20 (see the package docstring): labelled as the secretariat should treat them.

A request about SOMEONE ELSE with consequences (remove a deceased or ill colleague, a spouse writing for a
director, an assistant unsubscribing her director) is ``other``; a hand-over to a named successor is
``unsubscribe``; an AVG erasure request is ``unsubscribe`` with ``erase`` True.
"""

from __future__ import annotations

from typing import Any

I = "invitation"  # noqa: E741
R = "reminder"
T = "call_for_themes"
C = "confirmation"
W = "welcome"
G = "goodbye"

IPHONE = "\n\nVerstuurd vanaf mijn iPhone"
SAMSUNG = "\n\nVerzonden vanaf mijn Galaxy"
DISCLAIMER = (
    "\n\nDe informatie in dit e-mailbericht is vertrouwelijk en uitsluitend bestemd voor de geadresseerde. "
    "Gebruik door anderen is niet toegestaan. Aan dit bericht kunnen geen rechten worden ontleend."
)
BE_FOOTER = (
    "\n\n--\nIntergemeentelijke Samenwerking Kempen-Grens | Grotesteenweg 14, 2300 Turnhout (BE)\n"
    "This e-mail and its attachments are confidential. If you received it in error, please delete it."
)
DE_FOOTER = "\n\n--\nZweckverband Grenzraum Niederrhein-Gelderland\nGeschäftsführung\nTel. +49 2821 55 310"

# fmt: off
CASES: list[dict[str, Any]] = [
    # -- the writer's own leave ------------------------------------------------------------------------------
    {"id": "d20-unsubscribe-01", "kind": "unsubscribe", "erase": False, "thread": None,
     "sender": "Hans-Peter Kühn <h.kuehn@grenzraum-niederrhein.de>",
     "subject": "Leaving the network",
     "body": "Dear colleagues,\n\nAs of 1 April our Zweckverband will be wound up by the partner municipalities "
             "and my position ends with it. There is no point in me remaining on your distribution list, so "
             "please take me off it.\n\nThank you for the hospitality over the last three years, it was always "
             "instructive to see how Dutch shared services organise themselves.\n\nKind regards,\nHans-Peter Kühn"
             + DE_FOOTER},
    {"id": "d20-unsubscribe-02", "kind": "unsubscribe", "erase": True, "thread": None,
     "sender": "Els Vermeulen <els.vermeulen@isk-grens.be>",
     "subject": "Request: erasure of my personal data (GDPR art. 17)",
     "body": "Hello,\n\nI am no longer involved with the cross-border partnership and I would like you to erase "
             "all personal data you keep about me, including my name and phone number in the member "
             "administration, under article 17 GDPR. A short confirmation once it has been done would be "
             "appreciated.\n\nBest regards,\nEls Vermeulen" + BE_FOOTER},
    {"id": "d20-unsubscribe-03", "kind": "unsubscribe", "erase": False, "thread": None,
     "sender": "mr. drs. G.J. (Gerrit) Oosterhuis <g.oosterhuis@werkorganisatie-veenkoloniën.nl>",
     "subject": "beëindiging lidmaatschap",
     "body": "Geacht secretariaat,\n\nMet ingang van 1 mei a.s. ga ik met vervroegd pensioen. Ik verzoek u "
             "mijn lidmaatschap van het netwerk per die datum te beëindigen.\n\nMijn opvolger, mevrouw "
             "drs. W. Kamphuis, treedt op 1 mei in dienst en zal deze taak van mij overnemen; haar adres is "
             "w.kamphuis@werkorganisatie-veenkoloniën.nl.\n\nHoogachtend,\n\nmr. drs. G.J. Oosterhuis\n"
             "algemeen directeur Werkorganisatie Veenkoloniën" + DISCLAIMER},
    {"id": "d20-unsubscribe-04", "kind": "unsubscribe", "erase": False, "thread": None,
     "sender": "Ingrid Bos <i.bos@dvo-lingewaard-overbetuwe.nl>",
     "subject": "Afmelden i.v.m. schorsing",
     "body": "Goedemiddag,\n\nGelet op de huidige situatie (ik ben tot nader order op non-actief gesteld) lijkt "
             "het me niet gepast om nog mails van het netwerk te ontvangen. Wilt u mij uitschrijven?\n\n"
             "Ingrid Bos" + IPHONE},
    {"id": "d20-unsubscribe-05", "kind": "unsubscribe", "erase": True, "thread": None,
     "sender": "Rob Terlouw <robterlouw@ziggo.nl>",
     "subject": "verwijderen gegevens",
     "body": "Beste mensen,\n\nna een lange ziekteperiode ben ik per 1 februari uit dienst gegaan bij de "
             "BUCH-werkorganisatie. Ik kom niet meer terug in het vak. Wilt u mijn naam, functie en "
             "e-mailadressen (ook het oude werkadres r.terlouw@buch-werk.nl) volledig uit uw bestand wissen? "
             "Ik beroep me daarbij op de AVG.\n\nvriendelijke groet,\nRob Terlouw"},
    {"id": "d20-unsubscribe-06", "kind": "unsubscribe", "erase": False, "thread": I,
     "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
     "sender": "Marjolein de Graaf <m.degraaf@ambtelijke-organisatie-kennemerland.nl>",
     "body": "Dag allen,\n\nOnze ambtelijke organisatie gaat per 1 juli op in de nieuwe gemeente "
             "Kennemerland-Zuid; mijn functie vervalt. Het atelier sla ik daarom over en ik verzoek jullie mij "
             "ook als lid uit te schrijven.\n\nHet ga jullie goed!\nMarjolein de Graaf"},
    {"id": "d20-unsubscribe-07", "kind": "unsubscribe", "erase": False, "thread": None,
     "sender": "Kees van Wijk <k.vanwijk@odw-werkt.nl>",
     "subject": "Stokje overgedragen",
     "body": "Hoi,\n\nIk heb vorige week mijn laatste werkdag gehad als directeur van de Omgevingsdienst "
             "Werkorganisatie. Sanne Rietveld (s.rietveld@odw-werkt.nl) is vanaf maandag de baas en neemt mijn "
             "plek in het netwerk over. Mij kunnen jullie schrappen.\n\nGroet en dank,\nKees"},
    {"id": "d20-unsubscribe-08", "kind": "unsubscribe", "erase": False, "thread": None,
     "sender": "Director Thomas Maes <thomas.maes@isk-grens.be>",
     "subject": "unsubscribe me please",
     "body": "Hi there, I am stepping down as director at the end of this month. Please remove me from the "
             "members list. My deputy, Annelies Peeters, will take over and she'll contact you herself if she "
             "wants to join.\n\nCheers,\nThomas" + BE_FOOTER},
    {"id": "d20-unsubscribe-09", "kind": "unsubscribe", "erase": True, "thread": W,
     "quoted": "welkom", "quote": "gmail",
     "sender": "Joost Lammers <joost.lammers@gmail.com>",
     "body": "Deze welkomstmail is al een jaar oud maar ik reageer er maar op. Ik ben inmiddels met ziekteverlof "
             "en daarna stop ik. Graag uitschrijven en alles wat jullie van mij bewaren vernietigen, "
             "conform AVG.\n\nJoost"},
    {"id": "d20-unsubscribe-10", "kind": "unsubscribe", "erase": False, "thread": R,
     "quoted": "herinnering_atelier", "quote": "apple",
     "sender": "Ans Wolters <a.wolters@samenwerking-dal.nl>",
     "body": "Ik ben er niet bij en ik ben er ook in het vervolg niet meer bij: de samenwerking DAL wordt "
             "ontvlochten en ik vertrek. Haal mij maar uit het netwerk.\n\nAns" + IPHONE},
    {"id": "d20-unsubscribe-11", "kind": "unsubscribe", "erase": False, "thread": None,
     "sender": "Petra Hoogland <p.hoogland@werkorganisatie-drechtsteden-oost.nl>",
     "subject": "Laatste dag - graag van de lijst",
     "body": "Beste secretariaat,\n\nVandaag is mijn laatste werkdag als directeur. Na ruim 38 jaar in het "
             "openbaar bestuur ga ik genieten van mijn pensioen. Ik wil u vragen mij niet meer te mailen.\n\n"
             "Mijn opvolger is nog niet benoemd; de gemeentesecretaris van Hardinxveld, Frans Bakker, neemt "
             "het waar. Ik laat het aan hem of hij zich wil aanmelden.\n\nMet hartelijke groet,\nPetra Hoogland"},
    {"id": "d20-unsubscribe-12", "kind": "unsubscribe", "erase": True, "thread": None,
     "sender": "M. Yilmaz <m.yilmaz@hv-werkorganisatie.nl>",
     "subject": "Inzage en verwijdering",
     "body": "Geachte heer, mevrouw,\n\nHierbij verzoek ik u op grond van artikel 17 AVG al mijn "
             "persoonsgegevens uit uw systemen te verwijderen en mij niet langer te benaderen. Ik heb geen "
             "behoefte meer aan het lidmaatschap.\n\nHoogachtend,\nM. Yilmaz\ndirecteur HV Werkorganisatie"
             + DISCLAIMER},
    {"id": "d20-unsubscribe-13", "kind": "unsubscribe", "erase": False, "thread": None,
     "sender": "Gijs Mulder <gijsmulder1967@hotmail.com>",
     "subject": "Vanaf prive adres: niet meer mailen a.u.b.",
     "body": "Hallo secretariaat,\n\nIk mail even vanaf mijn prive-adres. Ik zit al een half jaar thuis met een "
             "burn-out en heb met mijn werkgever afgesproken dat ik niet terugkeer als directeur van de "
             "Werkorganisatie Duivenvoorde. Schrijf mij dus maar uit bij het netwerk, zowel dit adres als "
             "g.mulder@duivenvoorde-werkt.nl.\n\nGroeten,\nGijs"},
    {"id": "d20-unsubscribe-14", "kind": "unsubscribe", "erase": False, "thread": None,
     "sender": "Lotte Wijnands <l.wijnands@rijssen-hellendoorn-werkt.nl>",
     "subject": "Stoppen",
     "body": "Goedemorgen,\n\nEen kort bericht: na de fusie van onze twee werkorganisaties heb ik besloten een "
             "andere weg in te slaan. Ik vertrek naar het onderwijs. Mijn deelname aan het netwerk beëindig ik "
             "bij dezen.\n\nDe nieuwe directie wordt gevoerd door Erik Nijhuis, hij neemt wat mij betreft ook "
             "mijn plaats in het netwerk in.\n\nGroet,\nLotte Wijnands"},
    {"id": "d20-unsubscribe-15", "kind": "unsubscribe", "erase": False, "thread": I,
     "quoted": "uitnodiging_atelier", "quote": "outlook-en",
     "sender": "Katrin Schulte <k.schulte@grenzraum-niederrhein.de>",
     "body": "Thank you for the invitation. Unfortunately our board has decided to end our association with "
             "Dutch networks for budget reasons, so I will have to cancel my membership altogether. Please "
             "remove my address from all your mailings.\n\nMit freundlichen Grüßen / kind regards\n"
             "Katrin Schulte" + DE_FOOTER},
    {"id": "d20-unsubscribe-16", "kind": "unsubscribe", "erase": True, "thread": None,
     "sender": "Hanneke Post <h.post@werkorganisatie-westfriesland.nl>",
     "subject": "Uitschrijven + gegevens wissen",
     "body": "hoi, mag ik uitgeschreven worden en willen jullie mijn gegevens wissen? ben gestopt als directeur "
             "en heb het liefst dat mijn naam niet meer in ledenlijsten of deelnemerslijsten staat. dank!\n\n"
             "hanneke" + SAMSUNG},
    {"id": "d20-unsubscribe-17", "kind": "unsubscribe", "erase": False, "thread": T,
     "quoted": "vervolg_atelier", "quote": "notes",
     "sender": "A.H. Brink <a.brink@deltawerk.nl>",
     "body": "Dank voor de uitnodiging om thema's aan te dragen. Ik doe dat niet meer: per 1 maart ben ik uit "
             "mijn functie ontheven in afwachting van een onderzoek. Wilt u mij vooralsnog als lid afmelden?\n\n"
             "A.H. Brink"},
    {"id": "d20-unsubscribe-18", "kind": "unsubscribe", "erase": False, "thread": None,
     "sender": "Wendy Koster <w.koster@sed-organisatie.nl>",
     "subject": "Overdracht lidmaatschap aan Jeroen Tak",
     "body": "Beste netwerkcoördinator,\n\nIn verband met mijn overstap naar de provincie draag ik mijn plek in "
             "het netwerk over aan Jeroen Tak, die per 15 maart interim-directeur van de SED-organisatie wordt "
             "(j.tak@sed-organisatie.nl). Mijn eigen adres kan uit het bestand.\n\nMet vriendelijke groet,\n"
             "Wendy Koster\n06-41 22 87 19"},
    {"id": "d20-unsubscribe-19", "kind": "unsubscribe", "erase": False, "thread": None,
     "sender": "Bart Lemmens <bart.lemmens@isk-grens.be>",
     "subject": "Afmelding / désinscription",
     "body": "Beste,\n\nOnze intergemeentelijke vereniging wordt op 30 juni ontbonden en opgenomen in de "
             "fusiegemeente. Ik ben vanaf dan geen directeur meer en wens mij bijgevolg uit te schrijven uit "
             "jullie netwerk.\n\nMet collegiale groeten,\nBart Lemmens" + BE_FOOTER},
    {"id": "d20-unsubscribe-20", "kind": "unsubscribe", "erase": True, "thread": C,
     "quoted": "bevestiging_aanmelding", "quote": "ongemarkeerd",
     "sender": "Nicole Verbruggen <n.verbruggen@werkorganisatie-cuijk.nl>",
     "body": "Ik heb me vorige maand aangemeld maar intussen is mijn aanstelling niet doorgegaan. Bevestigen "
             "doe ik dus niet; verwijder ook het aanmeldformulier met mijn gegevens alstublieft (AVG). "
             "Dank u wel."},
    # -- not the writer's own leave --------------------------------------------------------------------------
    {"id": "d20-other-01", "kind": "other", "thread": None,
     "sender": "P&O Werkorganisatie Veenkoloniën <personeelszaken@werkorganisatie-veenkoloniën.nl>",
     "subject": "Vraag van P&O over gegevens van uitdienstgetreden medewerker",
     "body": "Goedendag,\n\nOnze algemeen directeur, de heer Oosterhuis, is per 1 mei met pensioen. In het kader "
             "van de uitstroomprocedure inventariseren wij bij welke externe partijen zijn gegevens bekend zijn. "
             "Kunt u ons laten weten welke persoonsgegevens u van hem vastlegt en hoe lang u die bewaart?\n\n"
             "Met vriendelijke groet,\nteam P&O"},
    {"id": "d20-other-02", "kind": "other", "thread": None,
     "sender": "Functionaris Gegevensbescherming <fg@buch-werk.nl>",
     "subject": "Grondslag verwerking persoonsgegevens",
     "body": "Geacht secretariaat,\n\nAls functionaris gegevensbescherming van de BUCH-werkorganisatie heb ik "
             "een vraag. Meerdere leidinggevenden van onze organisatie ontvangen uw nieuwsbrieven en "
             "uitnodigingen. Op welke grondslag uit artikel 6 AVG verwerkt u hun gegevens, en heeft u een "
             "verwerkersovereenkomst met uw mailprovider? Graag ontvang ik ook uw privacyverklaring.\n\n"
             "Hoogachtend,\nmr. L. Dekker\nFG BUCH-werkorganisatie"},
    {"id": "d20-other-03", "kind": "other", "thread": None,
     "sender": "Marloes Timmer <m.timmer@deltawerk.nl>",
     "subject": "Overlijden van onze directeur",
     "body": "Beste secretariaat,\n\nMet grote verslagenheid laat ik u weten dat onze directeur, Henk van "
             "Beek, afgelopen zaterdag onverwacht is overleden. Hij was lid van uw netwerk. Wilt u ervoor "
             "zorgen dat er geen uitnodigingen meer naar hem gaan? Voor zijn familie zou dat pijnlijk zijn.\n\n"
             "Met droeve groet,\nMarloes Timmer\nmanagementassistent directie"},
    {"id": "d20-other-04", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
     "sender": "Femke Aalbers <f.aalbers@samenwerking-dal.nl>",
     "body": "Goedemorgen,\n\nIk beantwoord deze mail namens onze directeur Ans Wolters, die langdurig ziek is. "
             "Zij komt voorlopig niet terug. Kunt u haar van de mailinglijst halen? Dan hoeft ze in haar "
             "mailbox niet steeds herinneringen te vinden.\n\nGroet,\nFemke Aalbers\nsecretariaat directie"},
    {"id": "d20-other-05", "kind": "other", "thread": None,
     "sender": "Marian van Beek-Hendriks <marianvbeek@kpnmail.nl>",
     "subject": "namens mijn man",
     "body": "Geachte dames en heren,\n\nMijn man, Theo van Beek, is na een hartinfarct afgekeurd en zal niet "
             "meer terugkeren als directeur. Hij heeft de laatste maanden geen toegang tot zijn werkmail en "
             "vroeg mij u te berichten dat hij niet meer op uw lijsten hoeft te staan. Ik hoop dat dit zo in "
             "orde is.\n\nVriendelijke groet,\nMarian van Beek"},
    {"id": "d20-other-06", "kind": "other", "thread": None,
     "sender": "ICT Servicedesk <servicedesk@hv-werkorganisatie.nl>",
     "subject": "Mailbox opgeheven: j.devries@hv-werkorganisatie.nl",
     "body": "Beste afzender,\n\nWij zien dat u regelmatig mail stuurt naar j.devries@hv-werkorganisatie.nl. "
             "Dit account is opgeheven omdat de medewerker uit dienst is. Wilt u dit adres uit uw "
             "verzendlijst verwijderen? Voor vragen kunt u de servicedesk bereiken op 0546 - 87 40 00.\n\n"
             "Met vriendelijke groet,\nFunctioneel beheer ICT"},
    {"id": "d20-subscribe-01", "kind": "subscribe", "thread": None,
     "sender": "Sanne Rietveld <s.rietveld@odw-werkt.nl>",
     "subject": "Aanmelding nieuwe directeur ODW",
     "body": "Beste secretariaat,\n\nSinds maandag ben ik directeur van de Omgevingsdienst Werkorganisatie, als "
             "opvolger van Kees van Wijk. Hij vertelde me dat het netwerk de moeite waard is. Graag meld ik "
             "mezelf aan als lid.\n\nMet vriendelijke groet,\nSanne Rietveld"},
    {"id": "d20-other-07", "kind": "other", "thread": None,
     "sender": "Kabinet van de burgemeester <kabinet@gemeente-kennemerland-zuid.nl>",
     "subject": "Verzoek namens de burgemeester",
     "body": "Geacht secretariaat,\n\nNamens burgemeester mr. A. de Ridder het volgende. Per 1 juli wordt de "
             "ambtelijke organisatie opgeheven en gaan alle medewerkers over naar de nieuwe gemeente. De "
             "burgemeester vraagt of het netwerk bereid is tijdens een van de ateliers aandacht te besteden aan "
             "de ervaringen met deze opheffing, en of hij daarbij als spreker welkom is.\n\n"
             "Met vriendelijke groet,\nKabinet van de burgemeester"},
    {"id": "d20-other-08", "kind": "other", "thread": None,
     "sender": "HR-adviseur <hr@sed-organisatie.nl>",
     "subject": "Afmelden contributie/lidmaatschap oud-directeur",
     "body": "Hallo,\n\nMevrouw Koster is uit dienst. Wij willen graag weten of er een factuur of contributie "
             "openstaat op haar naam en of wij die moeten opzeggen, of dat het lidmaatschap persoonlijk is. "
             "Graag uw reactie.\n\nGroet,\nHR SED"},
    {"id": "d20-autoreply-01", "kind": "autoreply", "thread": I,
     "quoted": "uitnodiging_atelier", "quote": "ongemarkeerd",
     "headers": {"Auto-Submitted": "auto-replied"},
     "sender": "Ingrid Bos <i.bos@dvo-lingewaard-overbetuwe.nl>",
     "subject": "Automatisch antwoord: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op "
                "samenwerking & eigenheid [atelier:2027-1]",
     "body": "Ik ben tot nader bericht niet werkzaam. Uw mail wordt niet doorgestuurd. Voor zaken die de "
             "directie betreffen kunt u contact opnemen met de waarnemend directeur via "
             "directie@dvo-lingewaard-overbetuwe.nl."},
    {"id": "d20-autoreply-02", "kind": "autoreply", "thread": R,
     "headers": {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"},
     "sender": "Rob Terlouw <r.terlouw@buch-werk.nl>",
     "subject": "Niet meer in dienst / no longer employed",
     "body": "Dit is een automatisch bericht. Rob Terlouw is niet meer in dienst van de BUCH-werkorganisatie. "
             "Dit e-mailadres wordt binnenkort opgeheven. Uw bericht is niet doorgestuurd.\n\n"
             "This is an automated reply. Rob Terlouw is no longer employed by BUCH. This mailbox will be "
             "closed shortly."},
    {"id": "d20-rsvp-01", "kind": "rsvp", "attending": False, "thread": I,
     "quoted": "uitnodiging_atelier", "quote": "doorgestuurd",
     "sender": "Erik Nijhuis <e.nijhuis@rijssen-hellendoorn-werkt.nl>",
     "body": "Anja, laat je weten dat ik er op 11 maart niet kan zijn? Ik zit midden in de afronding van de "
             "fusie. Wendela van de Bunt (programmamanager) gaat in mijn plaats.\n\nErik"},
    {"id": "d20-rsvp-02", "kind": "rsvp", "attending": True, "thread": R,
     "quoted": "herinnering_atelier", "quote": "gmail",
     "sender": "Theo van Beek <t.vanbeek@werkorganisatie-hollandsmidden.nl>",
     "body": "Goed nieuws: na maanden ziekteverlof ben ik sinds deze week weer aan het werk, en de 11e kom "
             "ik graag weer eens naar het atelier. Zet me maar op de lijst.\n\nTheo"},
    {"id": "d20-other-09", "kind": "other", "thread": None,
     "sender": "Annelies Peeters <annelies.peeters@isk-grens.be>",
     "subject": "Question about membership",
     "body": "Dear secretariat,\n\nMy predecessor Thomas Maes told me that he left your network. I'm his "
             "successor at our Belgian intermunicipal partnership. Is membership open to directors of non-Dutch "
             "organisations, and is there a fee? I'd like to know before I decide.\n\nKind regards,\n"
             "Annelies Peeters" + BE_FOOTER},
    {"id": "d20-other-10", "kind": "other", "thread": None,
     "sender": "Wim Schoenmakers <w.schoenmakers@grensregio-maasland.nl>",
     "subject": "Collega Smeets",
     "body": "Beste mensen,\n\nDirk-Jan Smeets is per direct vertrokken bij onze organisatie. Zijn adres "
             "dj.smeets@grensregio-maasland.nl wordt niet meer gelezen. Kunnen jullie de mail voor het netwerk "
             "voortaan naar mij sturen? Ik ben zijn waarnemer.\n\nWim Schoenmakers\nloco-directeur"},
]
# fmt: on
