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
     "body": "Dear Stan,\n\nApologies for writing in English, my Dutch is still work in progress. A topic I "
             "would like to discuss: where do we want to be as an organisation in ten years, and who sets "
             "that course when four councils each have their own political agenda?\n\nKind regards,\nDaniel "
             "Hughes\nDeputy director"},
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
     "body": "Onze planning & control cyclus. Drie begrotingen, drie jaarrekeningen, één organisatie: kan "
             "dat slimmer?" + IPHONE},
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
     "quote": "apple", "body": "Ben erbij 👍" + IPHONE},
    {"id": "d5-rsvp-02", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl",
     "body": "Beste Melanie,\n\nOp 11 maart vergadert de raad van Oirschot, en daar moet ik bij zijn. Dus "
             "helaas, ik ben er niet bij.\n\nGroet,\nHenk-Jan"},
    {"id": "d5-oth-26", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier",
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
     "body": "Goedemiddag,\n\nIk stuur onze adjunct-directeur, Ilse Verbruggen "
             "(i.verbruggen@werkorganisatie-kp.nl); ik heb die dag een bestuurlijk overleg in "
             "Eindhoven.\n\nMet vriendelijke groet,\nJ. Pauwels"},
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
     "quote": "apple", "body": "Ja, noteer mij maar." + IPHONE},
    {"id": "d5-rsvp-10", "kind": "rsvp", "attending": False, "thread": R, "quoted": "herinnering_atelier",
     "quote": "outlook-nl",
     "body": "Beste Stan,\n\nIk had me aangemeld, maar moet helaas toch afzeggen: er is een extra "
             "raadsvergadering over de begroting ingepland. Volgende keer beter.\n\nGroet,\nMarjolein"},
    {"id": "d5-rsvp-11", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl",
     "body": "> Wanneer: donderdag 11 maart 2027, 14.00 tot 17.30 uur\n\nDie middag heb ik vrijgehouden.\n\n"
             "> Komt u?\n\nJazeker.\n\n"
             "> Neemt u iemand mee, vermeld dan met hoeveel personen u komt.\n\nNiemand, alleen ikzelf.\n\nRoel"},
    {"id": "d5-rsvp-12", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "notes-wrote",
     "body": "Als gemeentesecretaris heb ik op donderdagmiddag vast het collegeoverleg. Ik kan dus niet "
             "komen, jammer genoeg."},
    {"id": "d5-rsvp-13", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "doorgestuurd",
     "body": "Ja, ik ga. Anja stuurde hem pas vandaag door, vandaar de late reactie.\n\nPieter"},
    {"id": "d5-rsvp-14", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "gmail",
     "body": "Goeiedag,\n\nIk neem deel, zij het dat ik pas later kan aansluiten: tot half drie zit ik in een "
             "overleg in Brussel.\n\nMet vriendelijke groeten,\nKoen De Smet"},
    {"id": "d5-rsvp-15", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-lijn", "body": "Kan niet, zit dan in Oostenrijk met de kinderen." + SAMSUNG},
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
     "quote": "ongemarkeerd", "body": "Goed, dan zie je me op de 11e."},
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
     "body": "Geacht secretariaat,\n\nIn orde, u mag mij als lid noteren.\n\nMet vriendelijke groet,\nP. Smeets"},
    {"id": "d5-con-03", "kind": "confirm", "thread": C, "quoted": "herinnering_aanmelding", "quote": "gmail",
     "body": "oeps, lag onderin mijn inbox. Ja dus!"},
    # -- leaving, erasure, hand-over ------------------------------------------------------------------------
    {"id": "d5-uns-01", "kind": "unsubscribe", "erase": False, "subject": "Vertrek naar ministerie",
     "sender": "Bart Hofman <bart.hofman@minbzk.nl>",
     "body": "Beste Stan,\n\nSinds maart werk ik bij het ministerie van BZK en ben ik dus geen directeur van een "
             "werkorganisatie meer. Wil je mij van de ledenlijst halen?\n\nHartelijke groet,\nBart"},
    {"id": "d5-uns-02", "kind": "unsubscribe", "erase": False, "thread": T, "quoted": "oproep_themas",
     "quote": "outlook-nl",
     "body": "Een onderwerp heb ik niet meer: per 1 juni word ik wethouder in een andere gemeente en stap ik uit "
             "het netwerk. Wilt u mijn lidmaatschap beëindigen?\n\nGroet, Marloes"},
    {"id": "d5-uns-03", "kind": "unsubscribe", "erase": True, "subject": "Verwijderen persoonsgegevens",
     "body": "Geachte heer, mevrouw,\n\nNu ik met pensioen ben, wil ik niet dat mijn naam en contactgegevens "
             "nog ergens bij u bewaard blijven. Wilt u ze definitief wissen en mij niets meer "
             "sturen?\n\nHoogachtend,\nmr. C. Vos"},
    {"id": "d5-uns-04", "kind": "unsubscribe", "subject": "Overdracht lidmaatschap",
     "body": "Beste Melanie,\n\nMijn interim-opdracht zit erop. Per 1 april neemt Sophie Lambrechts het over "
             "als vaste directeur (s.lambrechts@werkorganisatie-kp.nl). Wil je mij afmelden en haar "
             "aanmelden?\n\nGroet,\nHenk-Jan"},
    {"id": "d5-uns-05", "kind": "unsubscribe", "erase": False, "thread": W, "quoted": "welkom",
     "quote": "outlook-lijn",
     "body": "Bij nader inzien past het netwerk niet bij mijn rol. Haal me er maar weer af." + SAMSUNG},
    {"id": "d5-uns-06", "kind": "unsubscribe", "erase": False, "subject": "Unsubscribe",
     "body": "Hi, I've moved on to a role at the province, so please remove my address from the network's "
             "members.\n\nThanks,\nJ. Smith"},
    {"id": "d5-uns-07", "kind": "unsubscribe", "erase": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "gmail",
     "body": "Zeg maar nee. Ik merk dat ik nooit tijd heb voor de ateliers, dus het is eerlijker als ik mijn "
             "lidmaatschap opzeg."},
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
     "body": "Thanks for reaching out. I'm at a conference in Lisbon this week; expect a reply next Monday."},
    {"id": "d5-auto-04", "kind": "autoreply", "thread": T, "quoted": "oproep_themas", "quote": "ongemarkeerd",
     "body": "Dit is een automatisch bericht. Wij hebben uw e-mail in behandeling genomen (zaak "
             "Z-2027-00871). U hoort binnen tien werkdagen van ons."},
    {"id": "d5-auto-05", "kind": "autoreply",
     "subject": "Niet meer in gebruik",
     "body": "Sinds 1 januari maakt de gemeente Haaren deel uit van een nieuwe organisatie en wordt deze "
             "mailbox opgeheven. Berichten worden niet doorgestuurd."},
    # -- other ----------------------------------------------------------------------------------------------
    {"id": "d5-oth-01", "kind": "other", "subject": "Vraag over lidmaatschap",
     "body": "Goedemiddag,\n\nIk ben adjunct-directeur. Is het netwerk ook voor adjuncten bedoeld, of alleen "
             "voor de algemeen directeur?\n\nMvg, Ellen"},
    {"id": "d5-oth-02", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
     "body": "Beste Stan,\n\nIs het Stadskantoor rolstoeltoegankelijk? Een van mijn collega's zit in een "
             "rolstoel en wil graag mee.\n\nGroet,\nWillem"},
    {"id": "d5-oth-03", "kind": "other", "thread": T, "quoted": "vervolg_atelier", "quote": "apple",
     "body": "Complimenten voor de organisatie en de sprekers, ik ging met veel energie naar huis." + IPHONE},
    {"id": "d5-oth-04", "kind": "other", "subject": "Samenwerking aangeboden",
     "body": "Geachte heer Van de Laar,\n\nOns bureau begeleidt ambtelijke fusies bij het harmoniseren van hun "
             "klantcontact. Graag verzorgen wij een keer een bijdrage aan een atelier, kosteloos. Zullen we "
             "daar eens een kop koffie over drinken?\n\nMet vriendelijke groet,\nRonald Veenstra\nPartner, "
             "Veenstra & Co Advies"},
    {"id": "d5-oth-05", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "notes",
     "body": "Goedemorgen,\n\nIk kom graag, maar mag ik ook onze concerncontroller meenemen? Zij is geen "
             "directeur. Laat u even weten of dat kan?\n\nMet vriendelijke groet,\nNicole"},
    {"id": "d5-oth-06", "kind": "other", "subject": "Adviesraad",
     "body": "Beste Melanie,\n\nIk las dat het netwerk een Adviesraad heeft. Ik zou daar graag zitting in "
             "nemen, als er een plek vrijkomt. Hoe gaat de selectie?\n\nGroet,\nFatima El Amrani"},
    {"id": "d5-oth-07", "kind": "other", "thread": W, "quoted": "welkom", "quote": "outlook-en",
     "body": "Great, thanks! Nice to be part of it."},
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
    # -- suggestions, second round ---------------------------------------------------------------------------
    {"id": "d5-sug-20", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T, "quoted": "oproep_themas",
     "quote": "outlook-en",
     "body": "Hi both,\n\nOne suggestion: digital services for residents. We are moving most permit requests "
             "online and I'd like to hear how others keep older residents on board.\n\nBest,\nClaire"},
    {"id": "d5-sug-21", "kind": "suggestion", "themes": ["samenwerking"], "thread": T, "quoted": "vervolg_atelier",
     "quote": "gmail",
     "body": "Dag Stan,\n\nNa het atelier bleef bij mij hangen hoe verschillend de colleges met hun "
             "werkorganisatie omgaan. Mijn onderwerp voor de volgende keer: de verhouding tussen de drie "
             "gemeentebesturen onderling, en hoe je als directeur voorkomt dat je klem komt te zitten.\n\n"
             "Groet,\nIrene"},
    {"id": "d5-sug-22", "kind": "suggestion", "themes": ["organisatie"], "thread": T, "quoted": "oproep_themas",
     "quote": "notes",
     "body": "Geacht secretariaat,\n\nIk draag als onderwerp aan: de harmonisatie van arbeidsvoorwaarden en "
             "functiehuis na de fusie. Bij ons zitten nog drie regelingen naast elkaar.\n\nMet vriendelijke "
             "groet,\nG.H. Willemsen\nGemeentesecretaris en algemeen directeur"},
    {"id": "d5-sug-23", "kind": "suggestion", "themes": ["strategie"], "thread": T, "quoted": "oproep_themas",
     "quote": "apple", "body": "Lange termijn visie. Die hebben we niet, en dat gaat wringen." + IPHONE},
    {"id": "d5-sug-24", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T, "quoted": "oproep_themas",
     "quote": "doorgestuurd",
     "body": "Beste Stan,\n\nMijn secretaresse wees me op je mail. Een onderwerp: de doorlooptijden van "
             "vergunningen. Inwoners en bedrijven klagen, de wettelijke termijnen halen we vaak niet. Hoe "
             "monitoren anderen dat?\n\nGroet,\nOscar"},
    {"id": "d5-sug-25", "kind": "suggestion", "themes": ["organisatie"], "thread": T, "quoted": "oproep_themas",
     "quote": "outlook-lijn",
     "body": "Goedemorgen Melanie,\n\nLang verhaal kort, maar eerst even de context. Wij zijn twee jaar geleden "
             "gestart met vier gemeenten, en de eerste periode stond in het teken van 'de winkel open houden'. "
             "Nu komt de rust terug. Het college van de grootste gemeente vraagt om meer eigen gezicht, de "
             "ondernemingsraad vraagt om duidelijkheid, en ik zit er tussenin. Dat is allemaal niet nieuw, "
             "dat weet ik. Wat ik concreet zou willen bespreken: hoe richt je het management in? Wij hebben "
             "nu drie lagen en ik twijfel of dat er twee moeten worden. Verder kijk ik uit naar maart; ik zie "
             "dat er ook een online mogelijkheid is, fijn voor collega's van verder weg.\n\nHartelijke groet,\n"
             "Ton Arts" + DISCLAIMER},
    {"id": "d5-sug-26", "kind": "suggestion", "themes": ["samenwerking"], "thread": T, "quoted": "oproep_themas",
     "quote": "groupwise",
     "body": "Voorstel: gezamenlijke opgaven zoals de huisvesting van statushouders, waar elke gemeente een "
             "eigen taakstelling heeft maar de werkorganisatie het werk doet. Hoe stem je dat af tussen de "
             "gemeenten?"},
    {"id": "d5-sug-27", "kind": "suggestion", "themes": ["strategie"], "thread": T, "quoted": "oproep_themas",
     "quote": "outlook-nl",
     "body": "Goedemiddag,\n\nIk ben sinds deze maand adjunct-directeur en neem het lidmaatschap waar voor onze "
             "directeur, die met verlof is. Namens hem het volgende onderwerp: wat is de stip op de horizon "
             "voor een ambtelijke fusie? Blijft het een samenwerkingsvorm, of is het een tussenstation?\n\n"
             "Met vriendelijke groet,\nDirk-Jan Post"},
    {"id": "d5-sug-28", "kind": "suggestion", "themes": ["organisatie"], "subject": "Onderwerp voor het atelier",
     "body": "Beste Stan,\n\nIk kreeg je oproep niet meer (oud adres), maar een collega vertelde me erover. "
             "Mijn onderwerp: robotisering van repeterende administratieve taken, zoals het verwerken van "
             "facturen.\n\nGroet,\nHarold"},
    {"id": "d5-sug-29", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T, "quoted": "oproep_themas",
     "quote": "notes-wrote",
     "body": "Beste,\n\nWij zouden het graag hebben over het klantcontact via sociale media. Hoe gaan "
             "collega-organisaties om met vragen van burgers op Facebook en Instagram?\n\nMet vriendelijke "
             "groeten,\nEls Wouters"},
    {"id": "d5-sug-30", "kind": "suggestion", "themes": ["samenwerking", "dienstverlening"], "thread": T,
     "quoted": "oproep_themas", "quote": "gmail",
     "body": "Hallo,\n\nMijn input:\n- hoe houden we de deelnemende gemeenten betrokken als de ene gemeente "
             "veel meer afneemt dan de andere;\n- de kwaliteit van de dienstverlening aan inwoners meten, met "
             "een panel of enquête.\n\nSucces met het ophalen!\nMarieke"},
    {"id": "d5-sug-31", "kind": "suggestion", "themes": ["organisatie"], "thread": T, "quoted": "vervolg_atelier",
     "quote": "apple",
     "body": "Goed atelier! Voor de volgende keer: hybride werken en wat het doet met de teams." + IPHONE},
    {"id": "d5-sug-32", "kind": "suggestion", "themes": ["strategie"], "thread": T, "quoted": "oproep_themas",
     "quote": "ongemarkeerd",
     "body": "Graag bespreek ik scenario's: waar staat de werkorganisatie in 2035, en wat betekent dat voor "
             "de keuzes die we nu maken?"},
    {"id": "d5-sug-33", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T, "quoted": "oproep_themas",
     "quote": "outlook-nl",
     "body": "Beste Stan,\n\nSorry, dit is wel erg laat: je oproep is van een half jaar geleden. Maar voor een "
             "volgend atelier misschien: proactieve dienstverlening, inwoners benaderen voordat ze ons nodig "
             "hebben (bijvoorbeeld bij schulden).\n\nGroet,\nWendy" + DISCLAIMER},
    {"id": "d5-sug-34", "kind": "suggestion", "themes": ["organisatie"], "thread": T, "quoted": "oproep_themas",
     "quote": "outlook-en",
     "body": "Dear secretariat,\n\nOur topic would be the use of AI and automation in our back office. We are "
             "piloting it in finance and HR.\n\nKind regards,\nPriya Raghunathan"},
    {"id": "d5-sug-35", "kind": "suggestion", "themes": ["samenwerking"], "thread": T, "quoted": "oproep_themas",
     "quote": "notes",
     "body": "Mijn thema: couleur locale. Hoe doe je recht aan de eigenheid van elke gemeente zonder dat de "
             "werkorganisatie versnippert? (De inrichting van de organisatie laat ik liever rusten, die "
             "staat bij ons.)"},
    {"id": "d5-sug-36", "kind": "suggestion", "themes": ["strategie"], "thread": T, "quoted": "oproep_themas",
     "quote": "gmail",
     "body": "Hoi Melanie, voor mij: hoe help je nieuwe colleges na de verkiezingen om binnen een paar "
             "maanden hun speerpunten te kiezen? Groet, Ruud" + SAMSUNG},
    {"id": "d5-sug-37", "kind": "suggestion", "themes": ["organisatie"], "thread": T, "quoted": "oproep_themas",
     "quote": "outlook-lijn",
     "body": "Goedemorgen,\n\nIk stuur deze namens de heer Vos, Mevrouw Lint en de heer Ramdin (ik doe het "
             "secretariaat voor alle drie). Zij hebben samen één onderwerp: de financiële positie van de "
             "werkorganisatie nu de algemene uitkering tegenvalt en de kosten stijgen.\n\nMet vriendelijke "
             "groet,\nTamara Peters\nDirectiesecretaresse"},
    {"id": "d5-sug-38", "kind": "suggestion", "themes": ["dienstverlening"], "subject": "Re: thema's",
     "body": "Beste Stan, zoals telefonisch besproken: bij dezen mijn onderwerp voor het atelier, namelijk "
             "de dienstverlening aan verenigingen en stichtingen. Die moeten voor een subsidie of een "
             "evenementenvergunning bij drie verschillende loketten aankloppen.\n\nMet vriendelijke "
             "groeten,\nLieve Maes"},
    {"id": "d5-sug-39", "kind": "suggestion", "themes": ["organisatie"], "thread": T, "quoted": "oproep_themas",
     "quote": "outlook-nl",
     "body": "> Welk vraagstuk rond de (door)ontwikkeling van uw ambtelijke fusieorganisatie wilt u graag met "
             "collega's bespreken?\n\nStrategische personeelsplanning: welke functies hebben we over vijf jaar "
             "nodig, en hoe leiden we onze mensen daarvoor op?\n\n> Denk aan:\n\nDat lijstje heb ik gezien, dit "
             "valt denk ik onder formatie.\n\nGroet,\nMonique"},
    # -- RSVPs, second round --------------------------------------------------------------------------------
    {"id": "d5-rsvp-20", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl",
     "body": "Beste Stan,\n\nDat wordt een ja van mij. Wij hebben een duo-directie; mijn collega-directeur "
             "reageert zelf op haar uitnodiging.\n\nGroet,\nLisa"},
    {"id": "d5-rsvp-21", "kind": "rsvp", "attending": False, "thread": I, "quoted": "bevestiging_rsvp",
     "quote": "apple", "body": "Schrap mij maar van de wachtlijst, die dag is inmiddels volgeboekt." + IPHONE},
    {"id": "d5-rsvp-22", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_vervanger",
     "quote": "outlook-nl",
     "body": "Beste heer Van de Laar,\n\nDirk vroeg mij in zijn plaats te gaan. Dat had ik graag gedaan, "
             "alleen valt het samen met een bestuurlijk overleg in onze eigen gemeente. Ik moet dus verstek "
             "laten gaan; Dirk is op de hoogte.\n\nMet vriendelijke groet,\nAnnemiek Slot\nadjunct-directeur"},
    {"id": "d5-rsvp-23", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_vervanger",
     "quote": "gmail",
     "body": "Prima geregeld van Dirk. Ik neem zijn plek in; de gast wordt onze teamleider Burgerzaken, "
             "Fenna Kok."},
    {"id": "d5-rsvp-24", "kind": "rsvp", "attending": False, "thread": I, "quoted": "wijziging_atelier",
     "quote": "outlook-lijn",
     "body": "Goedemiddag,\n\nOp 11 maart kon ik wel, maar op 18 maart helaas niet. Ik moet me dus afmelden "
             "voor dit atelier.\n\nMet vriendelijke groet,\nHans Kok"},
    {"id": "d5-rsvp-25", "kind": "rsvp", "attending": True, "thread": I, "quoted": "wijziging_atelier",
     "quote": "notes", "body": "De nieuwe datum komt mij ook goed uit. Ik blijf aangemeld."},
    {"id": "d5-rsvp-26", "kind": "rsvp", "attending": True, "thread": I,
     "headers": {"Auto-Submitted": "auto-generated"},
     "subject": "Geaccepteerd: Leer- en inspireer-atelier",
     "body": "Deelnemer: Joris Bakker <j.bakker@werkorganisatie-bz.nl>\nStatus: Geaccepteerd\nDatum: do "
             "11-3-2027 14:00-17:30\n\nDit bericht is verstuurd door de agendaservice van Werkorganisatie BZ."},
    {"id": "d5-rsvp-27", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "groupwise",
     "body": "Beste Melanie,\n\nNamens mevrouw Van Rooij: zij komt graag en neemt twee gasten mee, de heer "
             "Kaya (concerncontroller) en mevrouw Dijkstra (strategisch adviseur).\n\nMet vriendelijke groet,\n"
             "Bianca Verschoor\nassistent algemeen directeur en gemeentesecretaris"},
    {"id": "d5-rsvp-28", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "doorgestuurd",
     "body": "Gaat niet, de VNG-commissie vergadert die middag.\n\nEdwin"},
    {"id": "d5-rsvp-29", "kind": "rsvp", "attending": True, "thread": R, "quoted": "herinnering_atelier",
     "quote": "outlook-en",
     "body": "Yes, still coming. Might be 15 minutes late, train permitting.\n\nJames"},
    {"id": "d5-rsvp-30", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "gmail",
     "body": "Beste Stan,\n\nIk was erbij geweest, maar helaas heb ik net vandaag gehoord dat ik een operatie "
             "moet ondergaan op 10 maart. Ik zal dus moeten passen.\n\nHartelijke groeten,\nMieke"},
    {"id": "d5-rsvp-31", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "notes-wrote",
     "body": "Goedendag,\n\nMet genoegen neem ik deel aan het atelier op 11 maart.\n\nMet vriendelijke "
             "groeten,\nBert Peeters\nAlgemeen directeur-gemeentesecretaris"},
    {"id": "d5-rsvp-32", "kind": "rsvp", "attending": False, "thread": R, "quoted": "herinnering_atelier",
     "quote": "outlook-lijn",
     "body": "Goedemorgen,\n\nIk beheer de agenda van de heer Mertens. Helaas is er een dubbele boeking "
             "ontstaan: hij kan op 11 maart niet aanwezig zijn. Wilt u hem afmelden voor het atelier?\n\n"
             "Met vriendelijke groet,\nJolanda Hermans"},
    {"id": "d5-rsvp-33", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "apple", "body": "Yes, met z'n tweeën (+ mijn MT-lid Financiën)." + IPHONE},
    {"id": "d5-rsvp-34", "kind": "rsvp", "attending": True, "subject": "Aanmelding atelier 11 maart",
     "body": "Goedemiddag,\n\nIk heb de uitnodiging niet meer kunnen vinden, daarom een nieuw bericht: ik wil "
             "me graag aanmelden voor het atelier op 11 maart in Utrecht.\n\nMet vriendelijke groet,\n"
             "Carla Hoogland"},
    {"id": "d5-rsvp-35", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-en",
     "body": "Hi Stan, sorry, I'm afraid I have to decline this time. Hope to see you at the next one.\n\n"
             "Best,\nAnna"},
    {"id": "d5-rsvp-36", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl",
     "body": "Beste Stan,\n\nJa, ik kom, al wordt het rond 15.00 uur voordat ik er ben. Ik kom uit Groningen.\n\n"
             "Groet,\nWillemijn\n\nVerzonden vanuit Outlook voor iOS"},
    {"id": "d5-rsvp-37", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "notes",
     "body": "Geachte heer, mevrouw,\n\nGelet op de verkiezingen kan ik helaas niet deelnemen aan het atelier. "
             "Mijn excuses.\n\nHoogachtend,\nJ.M. van der Linden"},
    {"id": "d5-rsvp-38", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "ongemarkeerd", "body": "Doe ik, tot de 11e!"},
    {"id": "d5-rsvp-39", "kind": "rsvp", "attending": True, "thread": R, "quoted": "herinnering_atelier",
     "quote": "outlook-nl",
     "body": "Goedemorgen,\n\nSorry voor de late reactie, ik was drie weken met verlof. Ik kom nog steeds graag, "
             "als er plek is.\n\nMet vriendelijke groet,\nGeert Jan Boonstra\nadjunct-directeur"},
    # -- sign-ups, second round -----------------------------------------------------------------------------
    {"id": "d5-sub-06", "kind": "subscribe", "thread": G, "quoted": "afmelding_bevestigd", "quote": "outlook-nl",
     "body": "Lid blijven graag! Het was mijn collega die zich wilde afmelden, niet ik.\n\nGr. Sven"},
    {"id": "d5-sub-07", "kind": "subscribe", "subject": "Nieuwe directeur",
     "body": "Beste Stan,\n\nIk heb de functie van gemeentesecretaris en directeur van de werkorganisatie "
             "overgenomen van Gerrit Bos. Wil je mij op de lijst zetten voor de uitnodigingen?\n\nGroet,\n"
             "Saskia Ter Horst" + IPHONE},
    {"id": "d5-sub-08", "kind": "subscribe", "subject": "Inschrijving netwerk",
     "body": "Geachte,\n\nGraag had ik mij ingeschreven als lid van het netwerk. Ik ben sinds kort directeur "
             "van de intergemeentelijke werkorganisatie van twee Limburgse gemeenten.\n\nMet vriendelijke "
             "groeten,\nSteven Jacobs"},
    {"id": "d5-sub-09", "kind": "subscribe", "subject": "aanmelding",
     "body": "Organisatie: Werkorganisatie Montferland-Zevenaar\nNaam: ing. R. Tuinstra\nFunctie: "
             "interim-algemeen directeur (tot 1-10-2027)\nMail: r.tuinstra@wmz.nl\nOpmerking: graag "
             "aanmelden voor het netwerk"},
    {"id": "d5-sub-10", "kind": "subscribe", "subject": "Membership",
     "body": "Dear Sir or Madam,\n\nOur new director, Ms. Van Gelder, asked me to register her as a member of "
             "the network. Please use e.vangelder@werkorganisatie-nw.nl.\n\nKind regards,\nOlivia "
             "Brandt\nExecutive assistant"},
    # -- confirmations, second round ------------------------------------------------------------------------
    {"id": "d5-con-04", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding", "quote": "outlook-en",
     "body": "Confirmed from my side.\n\nCheers,\nMark"},
    {"id": "d5-con-05", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "doorgestuurd",
     "body": "Ja, dat is in orde zo.\n\nL. Mulder\nadjunct-directeur Duo+"},
    {"id": "d5-con-06", "kind": "confirm", "thread": C, "quoted": "herinnering_aanmelding",
     "quote": "outlook-lijn",
     "body": "Alsnog: ja, dit adres is van mij en ik wil de berichten van het netwerk ontvangen."},
    # -- leaving, erasure, hand-over, second round ----------------------------------------------------------
    {"id": "d5-uns-08", "kind": "unsubscribe", "erase": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl",
     "body": "Nee. Bovendien wil ik, met een beroep op de AVG, dat u alles wat u van mij heeft bewaard "
             "wist.\n\nS. Koster"},
    {"id": "d5-uns-09", "kind": "unsubscribe", "subject": "Wisseling directeur",
     "body": "Goedemiddag,\n\nNa zes jaar vertrek ik per 1 mei naar de provincie Noord-Brabant. Mijn opvolger "
             "als directeur wordt Ahmed Bouzian, a.bouzian@werkorganisatie-mh.nl. Graag mijn lidmaatschap op "
             "zijn naam zetten.\n\nMet vriendelijke groet,\nPaula Steenbergen"},
    {"id": "d5-uns-10", "kind": "unsubscribe", "erase": False, "thread": T, "quoted": "vervolg_atelier",
     "quote": "notes",
     "body": "Het verslag heb ik met plezier gelezen. Mijn functie is per 1 juli opgeheven in een "
             "reorganisatie; beëindigt u daarom mijn lidmaatschap van het netwerk."},
    {"id": "d5-uns-11", "kind": "unsubscribe", "erase": False, "subject": "Afmelding",
     "body": "Overgestapt naar het ministerie van Financiën, mag van de ledenlijst." + SAMSUNG},
    {"id": "d5-uns-12", "kind": "unsubscribe", "erase": True, "subject": "Request for erasure",
     "body": "Hello,\n\nPlease erase my details from your records entirely (name, email, everything) and "
             "confirm once done. I no longer wish to be contacted.\n\nRegards,\nT. Wright"},
    {"id": "d5-uns-13", "kind": "unsubscribe", "erase": False, "thread": R, "quoted": "herinnering_atelier",
     "quote": "outlook-en",
     "body": "Beste,\n\nInmiddels ben ik aan de slag bij Rijkswaterstaat, dus het netwerk is voor mij niet meer "
             "aan de orde. Gelieve mij uit te schrijven.\n\nMet vriendelijke groeten,\nDries Peeters"},
    {"id": "d5-uns-14", "kind": "unsubscribe", "erase": False, "thread": W, "quoted": "welkom",
     "quote": "groupwise",
     "body": "Geachte,\n\nIk heb mij per vergissing aangemeld; ik ben geen directeur maar beleidsmedewerker. "
             "Mag u mij terug uitschrijven?\n\nMet vriendelijke groeten,\nNathalie Dubois"},
    # -- auto-replies, second round -------------------------------------------------------------------------
    {"id": "d5-auto-06", "kind": "autoreply", "headers": {"Auto-Submitted": "auto-replied"},
     "subject": "Automatisch antwoord: Dank voor uw komst: Leer- en inspireer-atelier",
     "body": "Goedendag,\n\nIk ben van 1 tot en met 19 augustus afwezig. Uw e-mail wordt niet doorgestuurd. "
             "Bij spoed kunt u contact opnemen met mijn adjunct, Karel Smits.\n\nMet vriendelijke groet,\n"
             "Henk-Jan Vermeulen"},
    {"id": "d5-auto-07", "kind": "autoreply", "headers": {"Precedence": "auto_reply"},
     "subject": "RE: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
     "body": "Let op: deze functionele mailbox is vervallen. Mail voortaan naar "
             "directie@werkorganisatie-hz.nl."},
    {"id": "d5-auto-08", "kind": "autoreply",
     "subject": "Out of Office: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027",
     "body": "I'm on annual leave and back on 15 March. Your message has not been forwarded; for anything "
             "urgent call +31 40 123 4567."},
    {"id": "d5-auto-09", "kind": "autoreply", "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "ongemarkeerd", "headers": {"Auto-Submitted": "auto-replied"},
     "body": "Goedemiddag, tot en met vrijdag neem ik deel aan een werkbezoek aan Denemarken. Uw bericht "
             "lees ik daarna."},
    {"id": "d5-auto-10", "kind": "autoreply", "headers": {"Auto-Submitted": "auto-generated"},
     "subject": "Ontvangstbevestiging",
     "body": "Uw bericht is goed ontvangen door de gemeente. Wij behandelen het binnen de wettelijke termijn. "
             "Dit is een automatisch gegenereerd bericht, u kunt hier niet op reageren."},
    # -- other, second round --------------------------------------------------------------------------------
    {"id": "d5-oth-13", "kind": "other", "thread": G, "quoted": "afmelding_bevestigd", "quote": "gmail",
     "body": "Dank voor alles, het was een waardevol netwerk. Hartelijke groet, Bart"},
    {"id": "d5-oth-14", "kind": "other", "thread": I, "quoted": "annulering_atelier", "quote": "outlook-nl",
     "body": "Begrijpelijk. Blijven de inschrijvingen staan voor de vervangende datum, of moet ik me opnieuw "
             "melden?\n\nGroet, Ilse"},
    {"id": "d5-oth-15", "kind": "other", "subject": "Vraag",
     "body": "Goedemiddag,\n\nWij zijn sinds 2019 een heringedeelde gemeente, geen ambtelijke fusie. Ik ben "
             "gemeentesecretaris. Is het netwerk ook iets voor mij, of richt het zich echt alleen op "
             "werkorganisaties?\n\nMet vriendelijke groet,\nF. Aydin"},
    {"id": "d5-oth-16", "kind": "other", "thread": T, "quoted": "oproep_themas", "quote": "outlook-lijn",
     "body": "Beste Stan,\n\nIk heb op dit moment geen onderwerp, maar ik denk graag mee over de invulling van "
             "het atelier als dat helpt. Bel me gerust.\n\nGroet,\nMaarten"},
    {"id": "d5-oth-17", "kind": "other", "subject": "Presentatie aanbod",
     "body": "Dear Mr Van de Laar,\n\nOur company develops citizen-service software used by several Dutch "
             "municipalities. We would be delighted to present our platform at one of your workshops. Could "
             "we schedule a short call?\n\nBest regards,\nLukas Meyer\nSales Director Benelux"},
    {"id": "d5-oth-18", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "apple",
     "body": "Is het ook goed als ik alleen het eerste uur kom? Dan moet ik door naar een raadsvergadering."
             + IPHONE},
    {"id": "d5-oth-19", "kind": "other", "thread": W, "quoted": "welkom", "quote": "notes-wrote",
     "body": "Dank voor het welkom. Kunt u mij de ledenlijst sturen, zodat ik weet welke collega's ook lid "
             "zijn?"},
    {"id": "d5-oth-20", "kind": "other", "subject": "Dubbele mails",
     "body": "Beste secretariaat,\n\nIk krijg al uw berichten twee keer, op mijn oude en op mijn nieuwe adres. "
             "Welk adres hebben jullie eigenlijk van mij staan?\n\nMvg, Koen"},
    {"id": "d5-oth-21", "kind": "other", "thread": T, "quoted": "bedankt_suggestie", "quote": "gmail",
     "body": "Graag gedaan. Wanneer hoor ik welke thema's gekozen zijn?"},
    {"id": "d5-oth-22", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "doorgestuurd",
     "body": "Beste Melanie,\n\nPer 1 april sluit onze gemeente aan bij de werkorganisatie van de buren, en ik "
             "word daar adjunct-directeur. Mag ik nu al naar dit atelier komen, of moet ik eerst lid "
             "zijn?\n\nGroet,\nRianne"},
    {"id": "d5-oth-23", "kind": "other", "subject": "Onderzoek ambtelijke fusies",
     "body": "Geachte heer, mevrouw,\n\nIk ben journalist bij een vakblad voor het openbaar bestuur en werk "
             "aan een artikel over de toekomst van ambtelijke samenwerking. Zou ik een keer een atelier "
             "mogen bijwonen, of een paar leden spreken?\n\nMet vriendelijke groet,\nSophie Janssen"},
    {"id": "d5-oth-24", "kind": "other", "thread": I, "quoted": "bevestiging_rsvp", "quote": "outlook-nl",
     "body": "Beste Stan,\n\nIk sta op de wachtlijst. Kan ik in dat geval in elk geval online meedoen, of is "
             "de Teams-link alleen voor wie een plaats heeft?\n\nGroet,\nLisa"},
    {"id": "d5-oth-25", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "outlook-en",
     "body": "Would it be possible to join online only? And is the session in Dutch?"},
]
