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
    # -- second batch: the writer's own leave ----------------------------------------------------------------
    {"id": "d20-unsubscribe-21", "kind": "unsubscribe", "erase": False, "thread": None,
     "sender": "Dr. Matthias Brandt <m.brandt@grenzraum-niederrhein.de>",
     "subject": "Handover of my membership",
     "body": "Dear secretariat,\n\nFollowing the merger of our Zweckverband with the Dutch regional body, "
             "my role as managing director ends on 31 May. From 1 June Jan de Boer "
             "(j.deboer@grensregio-gelderland.nl) will lead the merged organisation and will take my seat in "
             "the network. Please remove me from your lists from that date.\n\nWith best regards,\n"
             "Dr. Matthias Brandt" + DE_FOOTER},
    {"id": "d20-unsubscribe-22", "kind": "unsubscribe", "erase": True, "thread": None,
     "sender": "Kristof Janssens <kristof.janssens@isk-grens.be>",
     "subject": "Schrapping uit jullie databank",
     "body": "Goeiedag,\n\nIk heb mijn ontslag ingediend bij de intergemeentelijke vereniging en ga aan de slag "
             "in de privésector. Mag ik vragen om al mijn gegevens uit jullie databank te schrappen, conform "
             "de GDPR? Ik wens ook geen verdere mailings te ontvangen.\n\nMet vriendelijke groeten,\n"
             "Kristof Janssens" + BE_FOOTER},
    {"id": "d20-unsubscribe-23", "kind": "unsubscribe", "erase": False, "thread": T,
     "sender": "Yvonne Blom <y.blom@werkorganisatie-aasterberg.nl>",
     "subject": "RE: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
     "body": "> Welk vraagstuk rond de (door)ontwikkeling van uw ambtelijke fusieorganisatie wilt u graag met "
             "collega's bespreken?\n\nDat laat ik aan anderen: ik vertrek per 1 april.\n\n"
             "> Afmelden? Antwoord op deze e-mail met 'afmelden' of stuur een e-mail naar "
             "info@ambtelijkefusie.nl.\n\nAfmelden dus. Dank!\n\nYvonne Blom"},
    {"id": "d20-unsubscribe-24", "kind": "unsubscribe", "erase": False, "thread": None,
     "sender": "jmvos <jmvos@werkorganisatie-ooststellingwerf.nl>",
     "subject": "(geen onderwerp)",
     "body": "graag uitschrijven, ben sinds 1 maart gestopt als directeur. gr jan-maarten" + SAMSUNG},
    {"id": "d20-unsubscribe-25", "kind": "unsubscribe", "erase": False, "thread": None,
     "sender": "Toon van Gils <t.vangils@baarle-alphen-werkt.nl>",
     "subject": "Tot ziens",
     "body": "Goeiemiddag allemaal,\n\nNa twaalf jaar als directeur van onze grensoverschrijdende werkorganisatie "
             "houd ik ermee op. Het netwerk heeft me veel gebracht, maar het is tijd. Zetten jullie mij van de "
             "ledenlijst af?\n\nHoudoe en bedankt,\nToon van Gils"},
    {"id": "d20-unsubscribe-26", "kind": "unsubscribe", "erase": False, "thread": None,
     "sender": "Saskia Brouwers <s.brouwers@gemeente-heuvelrug-oost.nl>",
     "subject": "Functiewijziging: lidmaatschap opzeggen",
     "body": "Beste secretariaat,\n\nBij de samenvoeging van de werkorganisatie met de gemeente Heuvelrug-Oost "
             "verdwijnt de functie van directeur. Ik word per 1 april concerncontroller. In die rol hoor ik niet "
             "in uw netwerk thuis, dus ik zeg mijn lidmaatschap op.\n\nMet vriendelijke groet,\n"
             "Saskia Brouwers\nconcerncontroller i.o.\nT 0343 - 56 78 00" + DISCLAIMER},
    {"id": "d20-unsubscribe-27", "kind": "unsubscribe", "erase": True, "thread": None,
     "sender": "drs. F. (Frits) Haverkamp <f.haverkamp@kempenwerk.nl>",
     "subject": "Recht op vergetelheid",
     "body": "Geacht secretariaat,\n\nIk maak gebruik van mijn recht op vergetelheid. Na mijn vertrek bij "
             "Kempenwerk wens ik in geen enkele administratie van uw netwerk meer voor te komen: niet in de "
             "ledenlijst, niet in deelnemerslijsten van ateliers en niet in verslagen. Graag ontvang ik een "
             "bevestiging.\n\nHoogachtend,\ndrs. F. Haverkamp"},
    {"id": "d20-unsubscribe-28", "kind": "unsubscribe", "erase": False, "thread": I,
     "quoted": "uitnodiging_atelier", "quote": "outlook-lijn",
     "sender": "Leon Peters <l.peters@werkorganisatie-maasenwaal.nl>",
     "body": "Beste secretariaat,\n\nIk kom niet, en ik kom ook niet meer terug: 28 februari was mijn laatste "
             "dag. Vanaf nu is Mirjam Claassen directeur (m.claassen@werkorganisatie-maasenwaal.nl); stuur de "
             "uitnodigingen voortaan naar haar, zij neemt mijn plaats over.\n\nGr. Leon"},
    {"id": "d20-unsubscribe-29", "kind": "unsubscribe", "erase": False, "thread": None,
     "sender": "Peter Dohmen <p.dohmen@eurode-werk.nl>",
     "subject": "pls take me of your list",
     "body": "hi, retired last friday (finally!!). pls take me of the mailinglist, my old adress will be "
             "closed anyway\n\nall the best, Peter" + IPHONE},
    {"id": "d20-unsubscribe-30", "kind": "unsubscribe", "erase": True, "thread": None,
     "sender": "A.H. Brink <ahbrink@planet.nl>",
     "subject": "Beëindiging lidmaatschap en verwijdering gegevens",
     "body": "Geacht secretariaat,\n\nNaar aanleiding van mijn eerdere bericht: inmiddels heb ik besloten mijn "
             "functie bij Deltawerk neer te leggen. Ik beëindig mijn lidmaatschap van het netwerk en verzoek u "
             "op grond van de AVG al mijn gegevens te verwijderen.\n\nHoogachtend,\nA.H. Brink"},
    {"id": "d20-unsubscribe-31", "kind": "unsubscribe", "erase": False, "thread": None,
     "sender": "Jan Oudshoorn <j.oudshoorn@holland-rijnland-werkt.nl>",
     "subject": "Afmelden netwerk ivm pensioen",
     "body": "Zie onderwerp. Bedankt voor alles!\n\ngr. Jan Oudshoorn"},
    {"id": "d20-unsubscribe-32", "kind": "unsubscribe", "erase": False, "thread": W,
     "quoted": "welkom", "quote": "groupwise",
     "sender": "Ramon Scholten <r.scholten@werkorganisatie-berkelland.nl>",
     "body": "Dank voor het welkom, maar ik heb me vergist: ik ben geen directeur maar afdelingsmanager, en het "
             "netwerk is dus niet voor mij bedoeld. Wilt u mij weer uitschrijven?\n\nRamon Scholten"},
    {"id": "d20-unsubscribe-33", "kind": "unsubscribe", "erase": False, "thread": R,
     "quoted": "herinnering_atelier", "quote": "notes-wrote",
     "sender": "Geertje Smit <g.smit@sww-werkorganisatie.nl>",
     "body": "Ik ga per deze maand met langdurig verlof en aansluitend met pensioen. De ateliers en "
             "herinneringen hoeven dus niet meer; graag mijn lidmaatschap beëindigen.\n\nG. Smit"},
    {"id": "d20-unsubscribe-34", "kind": "unsubscribe", "erase": True, "thread": None,
     "sender": "Marco Dijkhuis <marco.dijkhuis@outlook.com>",
     "subject": "gegevens",
     "body": "Kunnen jullie mijn gegevens verwijderen? Ik wil geen lid meer zijn en wil ook niet dat mijn naam "
             "nog ergens bij jullie bewaard blijft. Dank je.\n\nMarco Dijkhuis (oud-directeur ODR)"},
    {"id": "d20-unsubscribe-35", "kind": "unsubscribe", "erase": False, "thread": None,
     "sender": "Ulrike Hoffmann <u.hoffmann@grenzraum-niederrhein.de>",
     "subject": "Bitte austragen / please unsubscribe",
     "body": "Sehr geehrte Damen und Herren,\n\nbitte streichen Sie mich aus Ihrem Verteiler - I am leaving "
             "the Zweckverband at the end of the quarter and will no longer be involved in Dutch-German "
             "cooperation.\n\nMit freundlichen Grüßen\nUlrike Hoffmann" + DE_FOOTER},
    {"id": "d20-unsubscribe-36", "kind": "unsubscribe", "erase": False, "thread": None,
     "sender": "Harm Kuipers <h.kuipers@werkorganisatie-hunzeland.nl>",
     "subject": "Wisseling van de wacht",
     "body": "Beste secretariaat,\n\nPer 1 juni draag ik het directeurschap over aan mijn collega Ruben Hartman "
             "(r.hartman@werkorganisatie-hunzeland.nl). Ik verzoek u hem in mijn plaats op te nemen en mij per "
             "die datum af te voeren.\n\nMet vriendelijke groet,\nHarm Kuipers\ndirecteur\n050 - 311 44 20"},
    {"id": "d20-unsubscribe-37", "kind": "unsubscribe", "erase": True, "thread": G,
     "quoted": "afmelding_bevestigd", "quote": "apple",
     "sender": "Nicole Verbruggen <n.verbruggen@werkorganisatie-cuijk.nl>",
     "subject": "Re: Uw afmelding bij het Netwerk van directeuren van ambtelijke fusieorganisaties",
     "body": "Dank voor de bevestiging. Willen jullie daarnaast mijn gegevens definitief wissen, ook uit "
             "eventuele back-ups en deelnemerslijsten? Ik doe daarvoor een beroep op de AVG." + IPHONE},
    {"id": "d20-unsubscribe-38", "kind": "unsubscribe", "erase": False, "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-nl",
     "sender": "Bert Verhoef <b.verhoef@samenwerking-lopik-ijsselstein.nl>",
     "body": "Geen thema's van mijn kant. De ambtelijke fusie is door de raden afgeblazen en mijn rol als "
             "kwartiermaker houdt op. Ik stop dus ook met het netwerk; meld me maar af.\n\nBert"},
    # -- second batch: not the writer's own leave ------------------------------------------------------------
    {"id": "d20-other-11", "kind": "other", "thread": None,
     "sender": "Privacy Officer <privacy@hv-werkorganisatie.nl>",
     "subject": "Verzoek verwijdering gegevens medewerkers",
     "body": "Geacht secretariaat,\n\nNamens HV Werkorganisatie verzoek ik u de persoonsgegevens van al onze "
             "(oud-)medewerkers die bij uw netwerk geregistreerd staan te verwijderen, omdat wij onze "
             "externe contacten opschonen. Kunt u aangeven om welke personen het gaat?\n\n"
             "Met vriendelijke groet,\nprivacy officer HV Werkorganisatie"},
    {"id": "d20-other-12", "kind": "other", "thread": None,
     "sender": "Ilse Groen <i.groen@werkorganisatie-hunzeland.nl>",
     "subject": "Afmelding dhr. Kuipers",
     "body": "Goedemorgen,\n\nIk ben de managementassistent van de heer Kuipers. Hij vroeg mij hem af te melden "
             "voor het netwerk. Zou u dat willen verwerken?\n\nMet vriendelijke groet,\nIlse Groen\n"
             "managementassistent directie"},
    {"id": "d20-other-13", "kind": "other", "thread": None,
     "sender": "Afdeling HRM <hrm@sww-werkorganisatie.nl>",
     "subject": "Lidmaatschap mevrouw Smit tijdelijk stopzetten?",
     "body": "Beste secretariaat,\n\nMevrouw G. Smit is voor langere tijd afwezig wegens ziekte. Is het mogelijk "
             "haar lidmaatschap tijdelijk stop te zetten in plaats van te beëindigen? En zo ja, hoe gaat dat in "
             "zijn werk?\n\nGroet,\nAfdeling HRM"},
    {"id": "d20-other-14", "kind": "other", "thread": None,
     "sender": "Marloes Timmer <m.timmer@deltawerk.nl>",
     "subject": "Condoleanceregister Henk van Beek",
     "body": "Beste secretariaat,\n\nVorige week meldde ik het overlijden van onze directeur Henk van Beek. "
             "Zijn familie stelt het op prijs als collega's uit het netwerk een bericht achterlaten in het "
             "online condoleanceregister. Zou u dit onder de leden willen delen? De link stuur ik hierbij mee.\n\n"
             "Met vriendelijke groet,\nMarloes Timmer"},
    {"id": "d20-other-15", "kind": "other", "thread": None,
     "sender": "Functioneel beheer <functioneelbeheer@dvo-lingewaard-overbetuwe.nl>",
     "subject": "Wijziging e-maildomein per 1 april",
     "body": "Geachte relatie,\n\nPer 1 april gaat onze organisatie verder onder de naam Werkorganisatie "
             "Betuwe-Noord. Alle adressen @dvo-lingewaard-overbetuwe.nl worden dan @betuwe-noord.nl. Wilt u de "
             "adressen van onze directie en managers in uw administratie aanpassen? Het oude domein blijft "
             "drie maanden bereikbaar.\n\nMet vriendelijke groet,\nteam Functioneel beheer"},
    {"id": "d20-other-16", "kind": "other", "thread": None,
     "sender": "Mirjam Claassen <m.claassen@werkorganisatie-maasenwaal.nl>",
     "subject": "Overname plek voorganger",
     "body": "Beste secretariaat,\n\nIk ben de nieuwe directeur van de Werkorganisatie Maas en Waal. Mijn "
             "voorganger Leon Peters stond ingeschreven voor het atelier van 11 maart. Kan ik zijn plek "
             "overnemen, of moet ik me eerst zelf als lid aanmelden? En zijn er kosten aan verbonden?\n\n"
             "Hartelijke groet,\nMirjam Claassen"},
    {"id": "d20-other-17", "kind": "other", "thread": None,
     "sender": "Henny Rutgers <h.rutgers@werkorganisatie-zuidkennemerland.nl>",
     "subject": "Lid blijven na pensioen?",
     "body": "Hallo,\n\nOver een half jaar ga ik met pensioen. Ik zou het netwerk eigenlijk niet willen missen. "
             "Is het mogelijk om als oud-directeur lid te blijven, bijvoorbeeld als adviseur of als gast bij de "
             "ateliers?\n\nGroetjes,\nHenny Rutgers"},
    {"id": "d20-other-18", "kind": "other", "thread": None,
     "sender": "Data Protection Officer <datenschutz@grenzraum-niederrhein.de>",
     "subject": "Access request regarding our managing director",
     "body": "Dear Sir or Madam,\n\nOn behalf of our managing director, Dr. Brandt, who has left our "
             "organisation, we kindly ask you to provide an overview of the personal data you process about "
             "him (art. 15 GDPR), including the purposes and retention periods.\n\nKind regards,\n"
             "Data Protection Officer" + DE_FOOTER},
    {"id": "d20-other-19", "kind": "other", "thread": None,
     "sender": "Ontvlechting & Co <info@ontvlechtingenco.nl>",
     "subject": "Wordt uw fusieorganisatie opgeheven? Wij helpen",
     "body": "Beste directeur,\n\nSteeds meer ambtelijke fusieorganisaties worden ontvlochten of opgeheven. "
             "Ons team van interim-professionals begeleidt het hele traject, van personele overgang tot het "
             "afsluiten van contracten. Graag presenteren wij ons tijdens een van uw ateliers.\n\n"
             "Met vriendelijke groet,\nDaan Kok, Ontvlechting & Co"},
    {"id": "d20-other-20", "kind": "other", "thread": None,
     "sender": "Secretariaat burgemeester <secretariaat.burgemeester@gemeente-aasterberg.nl>",
     "subject": "Post voor de directeur komt bij de burgemeester binnen",
     "body": "Geacht secretariaat,\n\nUw uitnodigingen voor de directeur van de werkorganisatie komen bij ons "
             "binnen op het adres van de burgemeester. Dat is niet de bedoeling. Wilt u het adres wijzigen naar "
             "directie@werkorganisatie-aasterberg.nl?\n\nMet vriendelijke groet,\nsecretariaat van de "
             "burgemeester"},
    {"id": "d20-other-21", "kind": "other", "thread": None,
     "sender": "Lieke Vos <l.vos@binnenlandsbestuur-redactie.nl>",
     "subject": "Vraag van de redactie over opheffing fusieorganisaties",
     "body": "Goedemiddag,\n\nIk schrijf een artikel over ambtelijke fusieorganisaties die worden opgeheven. "
             "Heeft uw netwerk zicht op hoeveel directeuren het afgelopen jaar zijn vertrokken, en zou ik met "
             "een van de adviseurs kunnen spreken?\n\nMet vriendelijke groet,\nLieke Vos, redacteur"},
    {"id": "d20-other-22", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
     "sender": "Ingrid Bos <ingridbos@gmail.com>",
     "body": "Goedemiddag,\n\nIk ben momenteel geschorst, maar formeel nog directeur. Mag ik in die situatie "
             "nog deelnemen aan het atelier, of vindt u dat ongepast? Ik laat het graag aan u.\n\nIngrid Bos"},
    {"id": "d20-other-23", "kind": "other", "thread": None,
     "sender": "Wim van der Heijden <wvdheijden@kpnplanet.nl>",
     "subject": "Mijn vrouw Carla",
     "body": "Beste mensen,\n\nMijn vrouw Carla van der Heijden, directeur van de werkorganisatie "
             "Duin- en Bollenstreek, is vorige maand na een kort ziekbed overleden. Ik zag dat er nog steeds "
             "uitnodigingen in haar mailbox komen. Wilt u haar gegevens uit uw bestand verwijderen?\n\n"
             "Met vriendelijke groet,\nWim van der Heijden"},
    # -- second batch: sign-ups, confirmations, RSVPs, suggestions, auto-replies ---------------------------------
    {"id": "d20-subscribe-02", "kind": "subscribe", "thread": None,
     "sender": "Annelies Peeters <annelies.peeters@isk-grens.be>",
     "subject": "Joining the network",
     "body": "Dear secretariat,\n\nThanks for your answer about the fee. I have now succeeded Thomas Maes as "
             "director and I would like to become a member of the network myself.\n\nKind regards,\n"
             "Annelies Peeters" + BE_FOOTER},
    {"id": "d20-subscribe-03", "kind": "subscribe", "thread": None,
     "sender": "Frans Bakker <f.bakker@werkorganisatie-drechtsteden-oost.nl>",
     "subject": "Aanmelden als waarnemend directeur",
     "body": "Beste secretariaat,\n\nSinds het vertrek van Petra Hoogland neem ik de directie waar. Ik wil mij "
             "graag aanmelden als lid van het netwerk, in ieder geval voor de duur van de waarneming.\n\n"
             "Met vriendelijke groet,\nFrans Bakker\nwaarnemend directeur"},
    {"id": "d20-subscribe-04", "kind": "subscribe", "thread": None,
     "sender": "Joost Lammers <j.lammers@werkorganisatie-rivierenland.nl>",
     "subject": "weer aanmelden",
     "body": "Hallo, tijdens mijn ziekte heb ik me afgemeld, maar ik ben hersteld en weer aan de slag als "
             "directeur. Ik meld me graag opnieuw aan voor het netwerk.\n\nJoost Lammers"},
    {"id": "d20-subscribe-05", "kind": "subscribe", "thread": None,
     "sender": "Erik Nijhuis <e.nijhuis@rijssen-hellendoorn-werkt.nl>",
     "subject": "Aanmelding",
     "body": "Goedemorgen,\n\nNa de fusie van de twee werkorganisaties ben ik directeur van de nieuwe "
             "organisatie. Mijn voorgangster Lotte Wijnands heeft u al laten weten dat zij vertrekt. Wilt u mij "
             "als lid inschrijven?\n\nMet vriendelijke groet,\nErik Nijhuis"},
    {"id": "d20-confirm-01", "kind": "confirm", "thread": C,
     "quoted": "bevestiging_aanmelding", "quote": "outlook-nl",
     "sender": "Sanne Rietveld <s.rietveld@odw-werkt.nl>",
     "body": "Hierbij bevestig ik mijn aanmelding.\n\nSanne Rietveld"},
    {"id": "d20-confirm-02", "kind": "confirm", "thread": C,
     "quoted": "herinnering_aanmelding", "quote": "gmail",
     "sender": "Frans Bakker <f.bakker@werkorganisatie-drechtsteden-oost.nl>",
     "body": "Excuses voor de vertraging, de eerste weken als waarnemer waren hectisch. Ja, ik bevestig.\n\nFrans"},
    {"id": "d20-rsvp-03", "kind": "rsvp", "attending": False, "thread": I,
     "quoted": "uitnodiging_atelier", "quote": "notes",
     "sender": "Wim Schoenmakers <w.schoenmakers@grensregio-maasland.nl>",
     "body": "Ik kan er op 11 maart niet bij zijn. Namens onze organisatie komt Marieke Lenssen, "
             "manager bedrijfsvoering.\n\nWim Schoenmakers"},
    {"id": "d20-rsvp-04", "kind": "rsvp", "attending": True, "thread": I,
     "quoted": "uitnodiging_atelier", "quote": "outlook-en",
     "sender": "Katrin Schulte <k.schulte@grenzraum-niederrhein.de>",
     "body": "Dear all,\n\nour board has reconsidered and we stay involved after all. I'll be happy to attend on "
             "11 March.\n\nBest,\nKatrin Schulte" + DE_FOOTER},
    {"id": "d20-rsvp-05", "kind": "rsvp", "attending": True, "thread": R,
     "quoted": "herinnering_atelier", "quote": "outlook-nl",
     "sender": "Henny Rutgers <h.rutgers@werkorganisatie-zuidkennemerland.nl>",
     "body": "Eerder had ik afgezegd omdat ik dacht dat mijn afscheid die week zou zijn, maar dat is "
             "verschoven. Ik kom dus toch!\n\nHenny"},
    {"id": "d20-suggestion-01", "kind": "suggestion", "themes": ["samenwerking"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-lijn",
     "sender": "Marjolein de Graaf <m.degraaf@ambtelijke-organisatie-kennemerland.nl>",
     "body": "Een onderwerp voor het atelier: hoe houd je de relatie tussen de deelnemende gemeenten goed "
             "als een van hen overweegt uit de samenwerking te stappen?\n\nMarjolein"},
    {"id": "d20-suggestion-02", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "vervolg_atelier", "quote": "apple",
     "sender": "Sanne Rietveld <s.rietveld@odw-werkt.nl>",
     "body": "Als nieuwe directeur heb ik één wens voor de volgende keer: de inrichting van werkprocessen en "
             "de formatie na een reorganisatie. Hoe pakken anderen dat aan?" + IPHONE},
    {"id": "d20-autoreply-03", "kind": "autoreply", "thread": I,
     "headers": {"Auto-Submitted": "auto-replied"},
     "sender": "Thomas Maes <thomas.maes@isk-grens.be>",
     "subject": "Automatic reply: Uitnodiging Leer- en inspireer-atelier 11 maart 2027",
     "body": "Thank you for your message. I am on sick leave until further notice and will not read my e-mail. "
             "For urgent matters please contact the secretariat at info@isk-grens.be."},
    {"id": "d20-autoreply-04", "kind": "autoreply", "thread": R,
     "headers": {"Auto-Submitted": "auto-generated"},
     "sender": "Werkorganisatie DAL <noreply@samenwerking-dal.nl>",
     "subject": "Deze mailbox wordt niet meer gelezen",
     "body": "Dit is een automatisch gegenereerd bericht.\n\nDe samenwerkingsorganisatie DAL is per 1 januari "
             "opgeheven. Berichten aan dit adres worden niet meer gelezen of doorgestuurd. Voor vragen kunt u "
             "terecht bij de afzonderlijke gemeenten."},
    {"id": "d20-autoreply-05", "kind": "autoreply", "thread": I,
     "headers": {"Auto-Submitted": "auto-replied"},
     "sender": "Ulrike Hoffmann <u.hoffmann@grenzraum-niederrhein.de>",
     "subject": "Abwesenheitsnotiz: Uitnodiging Leer- en inspireer-atelier 11 maart 2027",
     "body": "Vielen Dank für Ihre Nachricht. Ich bin nicht mehr für den Zweckverband tätig. Ihre E-Mail wird "
             "nicht weitergeleitet. Bitte wenden Sie sich an geschaeftsstelle@grenzraum-niederrhein.de."},
    {"id": "d20-autoreply-06", "kind": "autoreply", "thread": T,
     "headers": {"Auto-Submitted": "auto-replied", "Precedence": "auto_reply"},
     "sender": "Jan Oudshoorn <j.oudshoorn@holland-rijnland-werkt.nl>",
     "subject": "Afwezig: Welke thema's wilt u bespreken?",
     "body": "Ik ben met pensioen en lees deze mailbox niet meer. Voor zaken van de directie kunt u mailen naar "
             "directiesecretariaat@holland-rijnland-werkt.nl.\n\nJan Oudshoorn"},
]
# fmt: on
