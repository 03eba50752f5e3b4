"""The fifth labelled set's cases (issue 17): written without reading the classifier, each labelled as the
secretariat should treat it; cases that could not be labelled with confidence were left out.

Replies to our follow-up mail (vervolg_atelier) carry the thread ``call_for_themes``; a director who cannot come
but sends a substitute is an RSVP with ``attending`` False (the substitute takes the seat). A mail that mixes an
act with a question a person must decide is ``other``.
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
    "\n\n--\nDe informatie in dit bericht is vertrouwelijk en uitsluitend bestemd voor de geadresseerde. "
    "Gebruik, openbaarmaking of verspreiding door anderen is niet toegestaan. De gemeente aanvaardt geen "
    "aansprakelijkheid voor schade door onvolledige of vertraagde overbrenging van dit bericht."
)
INTERIM = (
    "\n\nMet vriendelijke groet,\n\ndrs. H.J. (Henk-Jan) Vermeulen\nInterim-directeur\n"
    "Werkorganisatie De Kempenpoort\nT 040 123 45 67"
)
PROVINCIE = (
    "\n\nMet vriendelijke groet,\n\nLaura Kuipers\nConcerndirecteur | Provincie Gelderland\n"
    "Postbus 9090, 6800 GX Arnhem"
)

# fmt: off
CASES: list[dict[str, Any]] = [
    # -- suggestions ----------------------------------------------------------------------------------------
    {"id": "d5-sug-01", "kind": "suggestion", "themes": ["organisatie"], "thread": T, "quoted": "oproep_themas",
     "quote": "outlook-nl",
     "body": "Goedemorgen,\n\nAls interim zie ik veel organisaties van binnen. Wat hier speelt: een "
             "sturingsconcept dat op papier integraal is, maar waarin teamleiders in de praktijk nog per gemeente "
             "denken. Dat zou ik graag eens met collega's bespreken." + INTERIM},
    {"id": "d5-sug-02", "kind": "suggestion", "themes": ["strategie"], "thread": T, "quoted": "oproep_themas",
     "quote": "gmail",
     "body": "Dag Stan,\n\nVoorstel voor het atelier: hoe houd je als gemeentesecretaris-directeur een "
             "meerjarige koers vast als twee van de drie colleges na de verkiezingen andere prioriteiten hebben?"
             "\n\nMvg,\nRenske"},
    {"id": "d5-sug-03", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T, "quoted": "oproep_themas",
     "quote": "apple",
     "body": "Idee: de inzet van chatbots en WhatsApp aan het klantcontactcentrum. Werkt dat voor inwoners of "
             "krijgen we er alleen meer contactmomenten van?" + IPHONE},
    {"id": "d5-sug-04", "kind": "suggestion", "themes": ["samenwerking"], "thread": T, "quoted": "vervolg_atelier",
     "quote": "outlook-lijn",
     "body": "Beste Melanie,\n\nDank nog voor de mooie middag. Voor de volgende keer: de rol van de "
             "werkorganisatie richting de regio. Wie vertegenwoordigt de drie gemeenten aan de regiotafel, de "
             "burgemeesters of wij? Daar lopen we nu tegenaan.\n\nHartelijke groet,\nJoost Meijer\n"
             "adjunct-directeur"},
    {"id": "d5-sug-05", "kind": "suggestion", "themes": ["organisatie"], "thread": T, "quoted": "oproep_themas",
     "quote": "groupwise",
     "body": "Geacht secretariaat,\n\nBij ons staat de begroting van de werkorganisatie onder druk: de "
             "overhead stijgt en de kosten van licenties en huisvesting lopen op. Hoe houden andere "
             "fusieorganisaties hun financiën op orde?\n\n"
             "Met vriendelijke groet,\nA. Brouwer"},
    {"id": "d5-sug-06", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T, "quoted": "oproep_themas",
     "quote": "notes",
     "body": "Onderwerp voor maart: het meten van prestaties richting de raden. Welke kpi's over de "
             "dienstverlening aan ondernemers rapporteren collega's, en hoe vaak?"},
    {"id": "d5-sug-07", "kind": "suggestion", "themes": ["strategie"], "thread": T, "quoted": "oproep_themas",
     "quote": "outlook-en",
     "body": "Dear Stan,\n\nApologies for writing in English, my Dutch is still work in progress. A topic I would "
             "like to discuss: how do you build a long-term vision for the organisation when each council sets "
             "its own political priorities?\n\nKind regards,\nDaniel Hughes\nDeputy director"},
    {"id": "d5-sug-08", "kind": "suggestion", "themes": ["samenwerking"], "thread": T, "quoted": "oproep_themas",
     "quote": "gmail",
     "body": "samenwerking met de buurgemeente die niet in de fusie zit, maar wel diensten bij ons afneemt"
             + SAMSUNG},
    {"id": "d5-sug-09", "kind": "suggestion", "themes": ["organisatie"], "thread": T, "quoted": "vervolg_atelier",
     "quote": "doorgestuurd",
     "body": "Stan, hierbij alsnog mijn onderwerp (Anja stuurde me je mail door): de digitalisering van onze "
             "werkprocessen loopt vast op verouderde applicaties die elke gemeente nog apart heeft. Hoe hebben "
             "anderen de applicaties geharmoniseerd?\n\nGr. Frank"},
    {"id": "d5-sug-10", "kind": "suggestion", "themes": ["organisatie"], "thread": T, "quoted": "oproep_themas",
     "quote": "outlook-nl",
     "body": "Goedendag,\n\nExcuses voor de late reactie; uw mail van oktober lag nog in mijn map 'nog doen'. Mocht "
             "het nog kunnen: ik zou het graag hebben over de formatie. Wij groeien elk jaar terwijl de gemeenten "
             "om bezuinigingen vragen.\n\nGroet,\nCor Dekker" + DISCLAIMER},
    {"id": "d5-sug-11", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T, "quoted": "oproep_themas",
     "quote": "outlook-lijn",
     "body": "Beste mensen,\n\nIk heb eens nagedacht over wat mij écht bezighoudt. Het is een drukke periode: we "
             "hebben de verhuizing naar het nieuwe gemeentehuis gehad, de jaarrekening, en een nieuwe wethouder "
             "in een van de gemeenten die eerst alles wil weten. Ook had ik het atelier in het najaar gemist door "
             "ziekte, wat ik jammer vond. Maar goed: wat ik zou willen bespreken is hoe we de dienstverlening "
             "in de kernen overeind houden nu we de balies sluiten. Inwoners in de kleine dorpen voelen zich "
             "vergeten. Verder ben ik benieuwd wie er allemaal komen, maar dat zie ik dan wel.\n\n"
             "Hartelijke groet,\nGerda"},
    {"id": "d5-sug-12", "kind": "suggestion", "themes": ["strategie"], "thread": T, "quoted": "oproep_themas",
     "quote": "notes-wrote",
     "body": "Goedemiddag,\n\nGraag agenderen: de inhoudelijke agenda van de werkorganisatie. Wij willen van "
             "uitvoeren naar meedenken over de bestuurlijke prioriteiten. Hoe hebben anderen die stap gezet?\n\n"
             "Vriendelijke groeten,\nMarc Janssens"},
    {"id": "d5-sug-13", "kind": "suggestion", "themes": ["organisatie"], "thread": T, "quoted": "oproep_themas",
     "quote": "apple",
     "body": "Informatievoorziening. Onze I&A-afdeling is te klein voor drie gemeenten." + IPHONE},
    {"id": "d5-sug-14", "kind": "suggestion", "themes": ["samenwerking"], "thread": T, "quoted": "oproep_themas",
     "quote": "outlook-nl",
     "body": "Beste Stan en Melanie,\n\nNamens onze directeur, mevrouw Kramer, geef ik het volgende onderwerp "
             "door: hoe ga je om met botsende belangen en ambities van de deelnemende gemeenten als de ene "
             "gemeente wil investeren en de andere niet?\n\nMet vriendelijke groet,\nPetra Hoekstra\n"
             "managementassistent"},
    {"id": "d5-sug-15", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T, "quoted": "oproep_themas",
     "quote": "gmail",
     "body": "Beste,\n\nMag ik zo vrij zijn een thema voor te stellen? Bij ons in de werkorganisatie zijn wij "
             "bezig met één digitaal loket voor ondernemers. Graag zouden wij ervaringen "
             "uitwisselen met collega's die daar al verder in staan.\n\nMet vriendelijke groeten,\n"
             "Wim Van den Broeck"},
    {"id": "d5-sug-16", "kind": "suggestion", "themes": ["organisatie", "strategie"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-nl",
     "body": "Twee onderwerpen van mijn kant:\n1. organisatieontwikkeling: de overgang van sectoren naar "
             "zelforganiserende teams;\n2. de lange termijn visie: waar staat de werkorganisatie over tien "
             "jaar?\n\nGroet, Erik"},
    {"id": "d5-sug-17", "kind": "suggestion", "themes": ["organisatie"], "thread": T, "quoted": "vervolg_atelier",
     "quote": "ongemarkeerd",
     "body": "Graag volgende keer iets over inhuur en de vaste formatie. Wij zijn voor 30% afhankelijk van "
             "externen."},
    {"id": "d5-sug-18", "kind": "suggestion", "themes": ["strategie"], "subject": "Thema voor het atelier",
     "sender": "Laura Kuipers <l.kuipers@gelderland.nl>",
     "body": "Beste Stan,\n\nHoewel ik sinds kort bij de provincie werk, volg ik het netwerk nog. Een thema dat ik "
             "jullie meegeef: hoe ontwikkel je een lange termijn visie voor de werkorganisatie als provincie en "
             "Rijk steeds nieuwe opgaven over de schutting gooien?" + PROVINCIE},
    {"id": "d5-sug-19", "kind": "suggestion", "themes": ["samenwerking"], "thread": T, "quoted": "oproep_themas",
     "quote": "groupwise",
     "body": "Onze positie in de regio. We zitten tussen twee regio's in en moeten steeds kiezen. Niet zo zeer "
             "een organisatievraagstuk, eerder een kwestie van samenwerken met de buren."},
    # -- RSVPs ----------------------------------------------------------------------------------------------
    {"id": "d5-rsvp-01", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "apple", "body": "Staat genoteerd, ik kom." + IPHONE},
    {"id": "d5-rsvp-02", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl",
     "body": "Beste Melanie,\n\nHelaas, op 11 maart heb ik de raadsvergadering in Oirschot. Ik moet deze keer "
             "verstek laten gaan.\n\nGroet,\nHenk-Jan"},
    {"id": "d5-rsvp-03", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-lijn",
     "body": "Goedemorgen,\n\nIk beheer de agenda's van de drie directeuren van onze werkorganisatie. De heer "
             "Bakker en mevrouw Yıldız komen beiden naar het atelier; de heer Van Dam heeft die middag een "
             "andere verplichting. Dus twee personen.\n\nMet vriendelijke groet,\nSanne de Wit\n"
             "Secretariaat directie"},
    {"id": "d5-rsvp-04", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "gmail",
     "body": "Ik zal er zijn, maar pas tegen drieën: eerst nog een MT in Veghel."},
    {"id": "d5-rsvp-05", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl",
     "body": "Goedemiddag,\n\nZelf kan ik er niet bij zijn. In mijn plaats komt onze adjunct-directeur, "
             "Ilse Verbruggen (i.verbruggen@werkorganisatie-kp.nl).\n\nMet vriendelijke groet,\nJ. Pauwels"},
    {"id": "d5-rsvp-06", "kind": "rsvp", "attending": True, "thread": R, "quoted": "herinnering_atelier",
     "quote": "notes",
     "body": "Dank voor de herinnering. Ik was vergeten te antwoorden, maar ik ben er zeker bij."},
    {"id": "d5-rsvp-07", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-en",
     "body": "Dear Melanie,\n\nThank you for the invitation. Unfortunately I will be abroad that week, so I "
             "won't be able to attend.\n\nBest regards,\nSarah Collins"},
    {"id": "d5-rsvp-08", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "groupwise",
     "body": "Geachte mevrouw Huurneman,\n\nGraag bevestig ik mijn aanwezigheid op 11 maart. Ik neem mijn "
             "collega Tom Hendrickx mee, onze nieuwe directeur bedrijfsvoering. Wij zijn dus met twee.\n\n"
             "Met vriendelijke groeten,\nAn Claes"},
    {"id": "d5-rsvp-09", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "apple", "body": "Ja, genoteerd in mijn agenda." + IPHONE},
    {"id": "d5-rsvp-10", "kind": "rsvp", "attending": False, "thread": R, "quoted": "herinnering_atelier",
     "quote": "outlook-nl",
     "body": "Beste Stan,\n\nIk had me aangemeld, maar moet helaas toch afzeggen: er is een extra "
             "raadsvergadering over de begroting ingepland. Volgende keer beter.\n\nGroet,\nMarjolein"},
    {"id": "d5-rsvp-11", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl",
     "body": "> Wanneer: donderdag 11 maart 2027, 14.00 tot 17.30 uur\n\nDie middag heb ik vrijgehouden.\n\n"
             "> Komt u?\n\nJazeker.\n\n"
             "> Neemt u iemand mee, vermeld dan met hoeveel personen u komt.\n\nNee, alleen.\n\nRoel"},
    {"id": "d5-rsvp-12", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "notes-wrote",
     "body": "Als gemeentesecretaris heb ik op donderdagmiddag vast het collegeoverleg. Ik kan dus niet "
             "komen, jammer genoeg."},
    {"id": "d5-rsvp-13", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "doorgestuurd",
     "body": "Ja, ik ga. Anja stuurde hem pas vandaag door, vandaar de late reactie.\n\nPieter"},
    {"id": "d5-rsvp-14", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "gmail",
     "body": "Goeiedag,\n\nGraag schrijf ik mij in voor het atelier van 11 maart. Ik zal er zijn, zij het "
             "met enige vertraging: ik heb tot 14.30 uur een overleg in Brussel.\n\nMet vriendelijke groeten,\n"
             "Koen De Smet"},
    {"id": "d5-rsvp-15", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-lijn", "body": "Nee, helaas. Vakantie." + SAMSUNG},
    {"id": "d5-rsvp-16", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl",
     "body": "Beste Stan,\n\nIk ben sinds 1 februari interim-directeur bij de werkorganisatie, als opvolger "
             "van Hans tot er een vaste directeur is. De uitnodiging kwam nog bij hem binnen en hij stuurde "
             "hem naar mij door. Ik kom graag naar het atelier.\n\nMet vriendelijke groet,\nRob Verhoeven"},
    {"id": "d5-rsvp-17", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-en",
     "body": "Count me in! I'll bring our deputy director, Maaike, as well. So two of us.\n\nCheers,\nTom"},
    {"id": "d5-rsvp-18", "kind": "rsvp", "attending": False, "thread": R, "quoted": "herinnering_atelier",
     "quote": "apple", "body": "Lukt me helaas niet meer, sorry!" + IPHONE},
    {"id": "d5-rsvp-19", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "ongemarkeerd", "body": "Prima, ik ben erbij."},
    # -- sign-ups -------------------------------------------------------------------------------------------
    {"id": "d5-sub-01", "kind": "subscribe", "subject": "Aansluiten nieuwe werkorganisatie",
     "body": "Beste secretariaat,\n\nPer 1 januari zijn de ambtelijke organisaties van Borne en Tubbergen "
             "samengegaan in één werkorganisatie. Als directeur van die nieuwe organisatie wil ik graag lid "
             "worden van het netwerk.\n\nMet vriendelijke groet,\nEsther Nijhuis"},
    {"id": "d5-sub-02", "kind": "subscribe", "subject": "Aanmelding interim-directeur",
     "body": "Goedemorgen,\n\nVoor de komende negen maanden ben ik interim-directeur van de werkorganisatie. "
             "Mijn voorganger was lid; ik neem graag zijn plek in het netwerk in. Kunt u mij aanmelden?"
             + INTERIM},
    {"id": "d5-sub-03", "kind": "subscribe", "subject": "Aanmelding",
     "body": "Naam: drs. P. (Paul) Smeets\nFunctie: gemeentesecretaris / algemeen directeur\nOrganisatie: "
             "Werkorganisatie Peel en Maas-Venray\nE-mail: p.smeets@wpmv.nl\nTelefoon: 077 123 45 67"},
    {"id": "d5-sub-04", "kind": "subscribe", "subject": "Aanmelden directeuren",
     "body": "Goedemiddag,\n\nIk ben managementassistent van de directie van Werkorganisatie Duo+. Onze "
             "adjunct-directeur, Linda Mulder (l.mulder@duoplus.nl), wil graag lid worden. Wilt u haar "
             "aanmelden?\n\nMet vriendelijke groet,\nYvonne Smit"},
    {"id": "d5-sub-05", "kind": "subscribe", "subject": "join",
     "body": "Hello,\n\nI was told about your network by a colleague. I'm the new managing director of a shared "
             "services organisation for two municipalities in Limburg and would like to become a member.\n\n"
             "Regards,\nMark O'Neill"},
    # -- confirmations --------------------------------------------------------------------------------------
    {"id": "d5-con-01", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding", "quote": "apple",
     "body": "Klopt, dat ben ik." + IPHONE},
    {"id": "d5-con-02", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding", "quote": "notes",
     "body": "Geacht secretariaat,\n\nHierbij bevestig ik mijn aanmelding voor het netwerk.\n\n"
             "Met vriendelijke groet,\nP. Smeets"},
    {"id": "d5-con-03", "kind": "confirm", "thread": C, "quoted": "herinnering_aanmelding", "quote": "gmail",
     "body": "Sorry, vergeten te bevestigen. Bij deze!"},
    # -- leaving, erasure, hand-over ------------------------------------------------------------------------
    {"id": "d5-uns-01", "kind": "unsubscribe", "erase": False, "subject": "Vertrek naar ministerie",
     "sender": "Bart Hofman <bart.hofman@minbzk.nl>",
     "body": "Beste Stan,\n\nSinds maart werk ik bij het ministerie van BZK en ben ik dus geen directeur van een "
             "werkorganisatie meer. Wil je mij van de ledenlijst halen?\n\nHartelijke groet,\nBart"},
    {"id": "d5-uns-02", "kind": "unsubscribe", "erase": False, "thread": T, "quoted": "oproep_themas",
     "quote": "outlook-nl",
     "body": "Geen thema van mijn kant: ik ga met pensioen. Graag mij afmelden voor het netwerk.\n\nGroet, Jan"},
    {"id": "d5-uns-03", "kind": "unsubscribe", "erase": True, "subject": "Verwijderen persoonsgegevens",
     "body": "Geachte heer, mevrouw,\n\nIk maak gebruik van mijn recht op vergetelheid: wist alstublieft "
             "alles wat u over mij heeft vastgelegd en haal mij van al uw verzendlijsten.\n\nHoogachtend,\n"
             "mr. C. Vos"},
    {"id": "d5-uns-04", "kind": "unsubscribe", "subject": "Overdracht lidmaatschap",
     "body": "Beste Melanie,\n\nMijn interim-opdracht zit erop. Per 1 april neemt Sophie Lambrechts het over "
             "als vaste directeur (s.lambrechts@werkorganisatie-kp.nl). Wil je mij afmelden en haar "
             "aanmelden?\n\nGroet,\nHenk-Jan"},
    {"id": "d5-uns-05", "kind": "unsubscribe", "erase": False, "thread": W, "quoted": "welkom",
     "quote": "outlook-lijn", "body": "Toch liever niet. Graag uitschrijven." + SAMSUNG},
    {"id": "d5-uns-06", "kind": "unsubscribe", "erase": False, "subject": "Unsubscribe",
     "body": "Please take me off your mailing list, I have moved to a role at the province.\n\nThanks,\nJ. Smith"},
    {"id": "d5-uns-07", "kind": "unsubscribe", "erase": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "gmail",
     "body": "Ik kom niet, en eerlijk gezegd wil ik ook geen uitnodigingen meer ontvangen. Schrijf me maar uit "
             "bij het netwerk."},
    # -- auto-replies ---------------------------------------------------------------------------------------
    {"id": "d5-auto-01", "kind": "autoreply", "headers": {"Auto-Submitted": "auto-replied"},
     "subject": "Automatisch antwoord: Uitnodiging Leer- en inspireer-atelier 11 maart 2027",
     "body": "Ik ben met ouderschapsverlof tot 1 mei. Voor zaken van de directie kunt u terecht bij het "
             "secretariaat, 0412 55 66 77."},
    {"id": "d5-auto-02", "kind": "autoreply", "subject": "Afwezigheidsmelding",
     "body": "Beste afzender,\n\nIk ben op dinsdag en woensdag niet werkzaam. Uw mail wordt op donderdag "
             "gelezen.\n\nGroet, Inge"},
    {"id": "d5-auto-03", "kind": "autoreply", "headers": {"X-Auto-Response-Suppress": "All",
                                                          "Auto-Submitted": "auto-replied"},
     "subject": "Automatic reply: Welke thema's wilt u bespreken?",
     "body": "Thank you for your email. I'm attending a conference until Friday and will reply on my return."},
    {"id": "d5-auto-04", "kind": "autoreply", "thread": T, "quoted": "oproep_themas", "quote": "ongemarkeerd",
     "body": "Dit is een automatisch bericht. Uw e-mail is ontvangen en geregistreerd onder zaaknummer "
             "Z-2027-00871. U ontvangt binnen tien werkdagen een reactie."},
    {"id": "d5-auto-05", "kind": "autoreply",
     "subject": "Niet meer in gebruik",
     "body": "Dit e-mailadres wordt sinds de vorming van de werkorganisatie niet meer gelezen. Stuur uw "
             "bericht naar info@werkorganisatie-kp.nl."},
    # -- other ----------------------------------------------------------------------------------------------
    {"id": "d5-oth-01", "kind": "other", "subject": "Vraag over lidmaatschap",
     "body": "Goedemiddag,\n\nIk ben adjunct-directeur. Is het netwerk ook voor adjuncten bedoeld, of alleen "
             "voor de algemeen directeur?\n\nMvg, Ellen"},
    {"id": "d5-oth-02", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
     "body": "Beste Stan,\n\nIs er bij het Stadskantoor parkeergelegenheid, of kan ik beter met de trein "
             "komen?\n\nGroet,\nWillem"},
    {"id": "d5-oth-03", "kind": "other", "thread": T, "quoted": "vervolg_atelier", "quote": "apple",
     "body": "Dank jullie wel, het was een zeer inspirerende middag!" + IPHONE},
    {"id": "d5-oth-04", "kind": "other", "subject": "Samenwerking aangeboden",
     "body": "Geachte heer Van de Laar,\n\nOns bureau begeleidt ambtelijke fusies bij de harmonisatie van "
             "hun dienstverlening. Wij presenteren graag een casus tijdens een van uw ateliers. Mag ik u "
             "bellen om dit toe te lichten?\n\nMet vriendelijke groet,\nRonald Veenstra\nPartner, Veenstra & "
             "Co Advies"},
    {"id": "d5-oth-05", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "notes",
     "body": "Goedemorgen,\n\nIk kom graag, maar mag ik ook onze concerncontroller meenemen? Zij is geen "
             "directeur. Laat u even weten of dat kan?\n\nMet vriendelijke groet,\nNicole"},
    {"id": "d5-oth-06", "kind": "other", "subject": "Adviesraad",
     "body": "Beste Melanie,\n\nIk las dat het netwerk een Adviesraad heeft. Ik zou daar graag zitting in "
             "nemen, als er een plek vrijkomt. Hoe gaat de selectie?\n\nGroet,\nFatima El Amrani"},
    {"id": "d5-oth-07", "kind": "other", "thread": W, "quoted": "welkom", "quote": "outlook-en",
     "body": "Thanks for the warm welcome!"},
    {"id": "d5-oth-08", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "gmail",
     "body": "Waar vind ik de presentaties van de sprekers van vorige keer? De link in het verslag werkt bij "
             "mij niet."},
    {"id": "d5-oth-09", "kind": "other", "subject": "Factuur?",
     "body": "Goedendag,\n\nOnze financiële administratie vraagt of er voor het lidmaatschap een factuur "
             "komt, en zo ja op welk kostenplaats-nummer. Kunt u dat laten weten?\n\nMet vriendelijke groet,\n"
             "Karin Bos\nFinanciële administratie"},
    {"id": "d5-oth-10", "kind": "other", "thread": C, "quoted": "bevestiging_aanmelding", "quote": "outlook-nl",
     "body": "Goedemorgen,\n\nIk heb me helemaal niet aangemeld. Wie heeft dit gedaan? Ik wil dat graag eerst "
             "weten voordat ik iets bevestig.\n\nM. de Groot"},
    {"id": "d5-oth-11", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "outlook-lijn",
     "body": "Beste Stan,\n\nIk twijfel nog. Ik laat het je volgende week weten, als ik weet of het MT-overleg "
             "verschuift.\n\nGroet,\nBerend"},
    {"id": "d5-oth-12", "kind": "other", "subject": "Verzoek + vraag",
     "body": "Goedemiddag,\n\nKunt u mijn e-mailadres wijzigen in j.peeters@werkorganisatie-ba.nl? En is het "
             "mogelijk dat ook mijn plaatsvervanger de uitnodigingen ontvangt, ook als hij geen lid is? Dat "
             "laatste laat ik graag aan u over.\n\nMet vriendelijke groet,\nJan Peeters"},
]
