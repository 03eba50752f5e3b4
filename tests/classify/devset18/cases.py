"""The eighteenth labelled set's cases (issue 17): leave-words that are not a leave of the network, and real
leaves in unusual wordings.

Declining only the atelier is an RSVP with ``attending`` False, whatever leave-word it uses. Leaving a working
group, the Adviesraad, an app group or a project, removing an attachment or a duplicate, a question how to leave,
and a leave request of someone else are ``other``: a person decides. A hand-over to a named successor is an
``unsubscribe``; an AVG request to remove data is an ``unsubscribe`` with ``erase`` True.
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
    "\n\n---\nDe informatie in dit e-mailbericht is vertrouwelijk en uitsluitend bestemd voor de geadresseerde. "
    "Indien u dit bericht onterecht ontvangt, wordt u verzocht de inhoud niet te gebruiken, de afzender direct "
    "te informeren en het bericht te verwijderen. Aan dit bericht kunnen geen rechten worden ontleend."
)
WAITLIST = "U staat op de wachtlijst voor het atelier van 11 maart 2027 [atelier:2027-1]"
OOO = {"Auto-Submitted": "auto-replied"}

# fmt: off
CASES: list[dict[str, Any]] = [
    # -- Declining only the atelier, in leave-words ---------------------------------------------------------
    {"id": "d18-rsvp-01", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "sender": "Hanneke Bosma <h.bosma@werkorganisatie-dekempen.nl>",
     "body": "Goedemorgen,\n\nVoor 11 maart moet ik mij helaas afmelden: die middag is er een extra "
             "raadsvergadering over de begrotingswijziging.\n\nMet vriendelijke groet,\nHanneke Bosma\n"
             "algemeen directeur Werkorganisatie De Kempen\nT 040 - 208 88 12"},
    {"id": "d18-rsvp-02", "kind": "rsvp", "attending": False, "thread": R, "quoted": "herinnering_atelier",
     "quote": "gmail",
     "body": "schrap mij maar voor donderdag, mijn agenda is ontploft. volgende keer beter!\n\nPaul"},
    {"id": "d18-rsvp-03", "kind": "rsvp", "attending": False, "thread": I, "quoted": "wijziging_atelier",
     "quote": "outlook-lijn", "subject": "RE: Gewijzigd: Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
     "body": "Beste secretariaat,\n\nDoor de verschuiving naar 18 maart trek ik mij terug voor dit atelier; op die "
             "datum zit ik op de bestuursdag van de veiligheidsregio. Jammer, want het thema spreekt mij aan.\n\n"
             "Hartelijke groet,\nM. (Marjolein) Terpstra\ngemeentesecretaris/algemeen directeur\n"
             "Werkorganisatie Súdwest-Hege Marren"},
    {"id": "d18-rsvp-04", "kind": "rsvp", "attending": False, "thread": I, "quoted": "bevestiging_rsvp",
     "quote": "apple", "subject": "Re: " + WAITLIST,
     "body": "Haal me maar van de wachtlijst af, ik heb die middag inmiddels iets anders ingepland. Geef mijn plek "
             "gerust aan een collega." + IPHONE},
    {"id": "d18-rsvp-05", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-en",
     "body": "Hi,\n\nPlease remove me from the attendee list for March 11, I'm on leave that week.\n\n"
             "Kind regards,\nThijs van Beek\nDirector, Werkorganisatie Lingewaal-Neerijnen"},
    {"id": "d18-rsvp-06", "kind": "rsvp", "attending": False, "thread": R, "quoted": "herinnering_atelier",
     "quote": "groupwise",
     "body": "Goedemiddag,\n\nIk had mij aangemeld maar moet die aanmelding intrekken. Ziekte in de familie.\n\n"
             "Gr. J. Wolters"},
    {"id": "d18-rsvp-07", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "notes",
     "body": "Geacht secretariaat,\n\nHierbij meld ik mij af voor het Leer- en inspireer-atelier van donderdag 11 "
             "maart aanstaande. Het lidmaatschap van het netwerk blijft uiteraard ongewijzigd; ik hoop de "
             "volgende bijeenkomst wel aanwezig te zijn.\n\nHoogachtend,\n\nmr. drs. F.J.M. van Dongen\n"
             "directeur Werkorganisatie Drechtsteden-Zuid"},
    {"id": "d18-rsvp-08", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "doorgestuurd",
     "body": "Anja, kun jij mij hier weer uit halen? Ik heb me te snel ingeschreven, die donderdag is de "
             "MT-heisessie.\n\nFrank"},
    {"id": "d18-rsvp-09", "kind": "rsvp", "attending": False, "thread": R, "quoted": "herinnering_atelier",
     "quote": "outlook-nl", "subject": "Afmelding atelier 11 maart",
     "body": "Afmelding voor het atelier, niet voor het netwerk :-)\n\nVanwege een crisisoverleg kan ik er "
             "niet bij zijn.\n\nGroet,\nWillemijn Kok"},
    {"id": "d18-rsvp-10", "kind": "rsvp", "attending": False, "thread": None,
     "subject": "uitschrijven atelier 2027-1",
     "body": "Beste mensen,\n\nGraag wil ik mij uitschrijven voor het atelier van 11 maart in Utrecht. Mijn "
             "plaats kan naar iemand op de wachtlijst.\n\nMvg,\nRob Geerts\nWerkorganisatie Cranendonck-Heeze"
             + DISCLAIMER},
    {"id": "d18-rsvp-11", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_vervanger",
     "quote": "outlook-nl",
     "subject": "RE: Namens Dirk Smit: uitnodiging Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
     "body": "Goedemiddag,\n\nDirk had mij opgegeven als vervanger, maar ik trek me toch terug: ik moet die dag "
             "de ondernemingsraad bijwonen. Excuses voor de late melding.\n\nGroet,\nIris Mulder\n"
             "plv. directeur"},
    {"id": "d18-rsvp-12", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "gmail",
     "body": "Sorry, I have to drop out of the workshop on 11 March, a council debate was moved to that day. "
             "I remain very interested in the network, so please keep me posted on the next one.\n\nBest,\nAnouk"},
    {"id": "d18-rsvp-13", "kind": "rsvp", "attending": False, "thread": I, "quoted": "wijziging_atelier",
     "quote": "apple", "subject": "Re: Gewijzigd: Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
     "body": "18 maart gaat niet lukken. Mij dus maar eraf halen voor deze editie.\n\nGroeten Bert" + IPHONE},
    {"id": "d18-rsvp-14", "kind": "rsvp", "attending": False, "thread": R, "quoted": "herinnering_atelier",
     "quote": "notes-wrote",
     "body": "Ik meld mij af voor morgen. Mijn gast (Sandra Pieters) komt ook niet; jullie kunnen ons allebei "
             "van de lijst strepen.\n\nmvg\nHenk Jansen"},
    {"id": "d18-rsvp-15", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "ongemarkeerd",
     "body": "Graag annuleren: ik kan op 11 maart niet aanwezig zijn.\n\nMet vriendelijke groet,\n"
             "drs. K. Visser"},
    {"id": "d18-rsvp-16", "kind": "rsvp", "attending": False, "thread": I, "quoted": "bevestiging_rsvp",
     "quote": "outlook-nl", "subject": "RE: " + WAITLIST,
     "body": "Dank voor het bericht. Mocht er een plek vrijkomen: ik ga niet meer, dus schrap me gerust van de "
             "wachtlijst.\n\nVriendelijke groet,\nLotte Scholten"},
    {"id": "d18-rsvp-17", "kind": "rsvp", "attending": False, "thread": None,
     "subject": "Re: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027",
     "body": "> Fijn dat u erbij bent, met 1 gast!\n\nHelaas niet meer. Ik stop voor deze keer, zowel ikzelf "
             "als mijn gast komen niet.\n\n> Verandert er iets? Beantwoord deze e-mail gewoon\n\nBij deze dus.\n\n"
             "Ellen"},
    {"id": "d18-rsvp-18", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-lijn",
     "body": "Dag,\n\nIk laat deze voorbijgaan. Mijn collega-directeur Erik de Boer neemt mijn plaats in en "
             "komt namens ons.\n\nGroet,\nSaskia Dijkman\nWerkorganisatie Twenterand-Hof"},
    {"id": "d18-rsvp-19", "kind": "rsvp", "attending": False, "thread": R, "quoted": "herinnering_atelier",
     "quote": "outlook-en",
     "body": "Please cancel my registration for Thursday. Something came up at the province.\n\nRegards,\n"
             "M. Hofstra" + SAMSUNG},
    {"id": "d18-rsvp-20", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "apple",
     "body": "Moi, ik moet me helaas afmelden voor het atelier. Groetnis út Drachten,\nTjeerd" + IPHONE},
    {"id": "d18-rsvp-21", "kind": "rsvp", "attending": True, "thread": I, "quoted": "bevestiging_rsvp",
     "quote": "gmail", "subject": "Re: " + WAITLIST,
     "body": "Eerder schreef ik dat jullie mij van de wachtlijst mochten verwijderen, maar de andere afspraak is "
             "vervallen. Ik kom toch graag, als er plek is.\n\nGr, Yvonne"},

    # -- Leaving something else: a working group, committee, Adviesraad, app group, project ------------------
    {"id": "d18-other-01", "kind": "other", "thread": None, "subject": "Terugtreden Adviesraad",
     "body": "Beste secretariaat,\n\nNa vier jaar trek ik mij per 1 juli terug uit de Adviesraad van het netwerk. "
             "Als lid van het netwerk blijf ik graag betrokken en ik kom ook gewoon naar de ateliers.\n\n"
             "Wilt u dit doorgeven aan de voorzitter?\n\nMet vriendelijke groet,\nGerda Lammers"},
    {"id": "d18-other-02", "kind": "other", "thread": None, "subject": "werkgroep financiën",
     "body": "Hoi,\n\nWillen jullie mij uit de werkgroep kostenverdeelsleutels halen? Ik heb er echt geen tijd "
             "meer voor. Verder niks veranderen hoor.\n\nGroet, Jeroen"},
    {"id": "d18-other-03", "kind": "other", "thread": None, "subject": "appgroep",
     "body": "Kan iemand mij uit de WhatsApp-groep van het netwerk verwijderen? Ik krijg er 's avonds te veel "
             "berichten van. De mail blijf ik graag ontvangen." + SAMSUNG},
    {"id": "d18-other-04", "kind": "other", "thread": None, "subject": "Teams-omgeving atelier",
     "body": "Goedemiddag,\n\nIk ben nog lid van het Teams-kanaal van de pilot 'gezamenlijke inkoop', die pilot "
             "is afgerond. Kunnen jullie mij daar uitzetten?\n\nMet vriendelijke groet,\nAndré Smeets\n"
             "directeur bedrijfsvoering, Werkorganisatie Beekdaelen-Simpelveld"},
    {"id": "d18-other-05", "kind": "other", "thread": None, "subject": "LinkedIn",
     "body": "Hello,\n\nI would like to leave the LinkedIn group of the network, but I cannot find the button. "
             "Could you remove me there? I do want to stay on the mailing list.\n\nThanks,\nRuth Verhoeven"},
    {"id": "d18-other-06", "kind": "other", "thread": T, "quoted": "vervolg_atelier", "quote": "outlook-nl",
     "body": "Dank voor de mooie middag. Eén ding: ik stop met de intervisiegroep die daar ontstond, die "
             "past niet in mijn agenda. Wilt u dat aan de trekker laten weten?\n\nGroet,\nPiet Hermans"},
    {"id": "d18-other-07", "kind": "other", "thread": None, "subject": "Stuurgroep regiodeal",
     "body": "Geacht secretariaat,\n\nMet ingang van heden treed ik terug als lid van de stuurgroep Regiodeal "
             "die vanuit het netwerk is gestart. Mijn betrokkenheid bij het netwerk zelf verandert niet.\n\n"
             "Hoogachtend,\nC.A. de Ruiter"},
    {"id": "d18-other-08", "kind": "other", "thread": None, "subject": "klankbordgroep",
     "body": "ik wil uit de klankbordgroep voor het nieuwe programma. blijf wel lid van het netwerk. groet marco"},
    {"id": "d18-other-09", "kind": "other", "thread": W, "quoted": "welkom", "quote": "outlook-nl",
     "subject": "RE: Welkom bij het Netwerk van directeuren van ambtelijke fusieorganisaties",
     "body": "Dank voor het welkom! Ik was eerder via mijn vorige functie lid van de VNG-commissie "
             "Bedrijfsvoering en heb mij daar afgemeld. Is er bij jullie een vergelijkbare commissie waar ik in "
             "kan?\n\nGroet,\nNadia El Amrani"},

    # -- Stopping a subscription elsewhere, paper post, too much mail ---------------------------------------
    {"id": "d18-other-10", "kind": "other", "thread": None, "subject": "opzeggen abonnement Binnenlands Bestuur",
     "body": "Geachte heer/mevrouw,\n\nHierbij zeg ik mijn abonnement op Binnenlands Bestuur op per 1 januari.\n\n"
             "Met vriendelijke groet,\nW. Kuipers\nWerkorganisatie Oost-Achterhoek"},
    {"id": "d18-other-11", "kind": "other", "thread": None, "subject": "papieren post",
     "body": "Goedemorgen,\n\nWij ontvangen de brochure van het netwerk nog op papier op ons postadres. Dat mag "
             "stoppen, digitaal is prima. Verder alles graag zo laten.\n\nMet vriendelijke groet,\n"
             "secretariaat directie gemeente Borsele-Kapelle"},
    {"id": "d18-other-12", "kind": "other", "thread": R, "quoted": "herinnering_atelier", "quote": "outlook-nl",
     "body": "Ik kom, dat weet u al, maar ik krijg van jullie drie mails over hetzelfde atelier binnen een week. "
             "Kan dat niet wat minder? Ik wil niet van de lijst af, maar het wordt wat veel.\n\nGroet,\nHarm"},
    {"id": "d18-other-13", "kind": "other", "thread": None, "subject": "te veel mail",
     "body": "Beste netwerk,\n\nEerlijk gezegd word ik gek van de hoeveelheid mail deze maand. Ik overweeg "
             "mij uit te schrijven, maar doe dat nog niet: kunnen jullie de herinneringen bundelen?\n\n"
             "Groet,\nEsther"},
    {"id": "d18-other-14", "kind": "other", "thread": None, "subject": "Unsubscribe newsletter?",
     "body": "Dear secretariat,\n\nIs the quarterly newsletter something separate from the network? I'd like to "
             "stop that newsletter but keep receiving the workshop invitations.\n\nBest regards,\n"
             "Jan-Willem Brink"},
    {"id": "d18-other-15", "kind": "other", "thread": None, "subject": "Opzegging Zoom-licentie",
     "body": "Beste leverancier,\n\nWij beëindigen per 31-03 het contract voor de Zoom-licenties van de "
             "werkorganisatie. Graag een bevestiging.\n\nTeam Inkoop, Werkorganisatie Hollands Kroon-Noord"},

    # -- Removing an attachment, a photo, a name, a wrong or duplicate address -------------------------------
    {"id": "d18-other-16", "kind": "other", "thread": T, "quoted": "vervolg_atelier", "quote": "gmail",
     "body": "Hallo,\n\nIn het verslag staat mijn naam bij een citaat over de raad dat ik liever niet terugzie. "
             "Kunt u mijn naam daar verwijderen of het citaat anonimiseren?\n\nDank,\nMirjam"},
    {"id": "d18-other-17", "kind": "other", "thread": T, "quoted": "vervolg_atelier", "quote": "outlook-lijn",
     "body": "Goedemiddag,\n\nOp de groepsfoto die jullie op de website hebben gezet sta ik vooraan. Willen "
             "jullie die foto weghalen of mij eruit knippen? Ik heb daar geen toestemming voor gegeven.\n\n"
             "Met vriendelijke groet,\nDaan Vermeulen"},
    {"id": "d18-other-18", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
     "body": "Bij de uitnodiging zat een bijlage met de deelnemerslijst inclusief telefoonnummers. Die had "
             "volgens mij niet mee mogen gaan; verwijder die alsjeblieft uit de volgende mailing.\n\nGroet,\n"
             "Hester van Wijk\nprivacyfunctionaris Werkorganisatie BUCH-Oost"},
    {"id": "d18-other-19", "kind": "other", "thread": None, "subject": "dubbele registratie",
     "body": "Goedemorgen,\n\nIk ontvang alles dubbel: op p.dekker@werkorganisatie-drimmelen.nl en op mijn oude "
             "adres p.dekker@gemeente-drimmelen.nl. Wilt u het oude adres verwijderen? Het nieuwe blijft.\n\n"
             "Groet,\nPeter Dekker"},
    {"id": "d18-other-20", "kind": "other", "thread": None, "subject": "verkeerd adres collega",
     "body": "Beste secretariaat,\n\nU mailt mijn collega Femke Ouwens op een adres met een typfout "
             "(f.ouwnes@...). Kunt u dat verbeteren naar f.ouwens@werkorganisatie-vijfheerenlanden.nl en het "
             "foute adres schrappen?\n\nVriendelijke groet,\nBas Timmer"},
    {"id": "d18-other-21", "kind": "other", "thread": T, "quoted": "oproep_themas", "quote": "notes",
     "subject": "RE: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
     "body": "Mijn suggestie van vorige week mag eruit, die heeft zich inmiddels bij ons opgelost. Geen nieuwe "
             "suggestie van mijn kant.\n\nmvg\nR. Brouwers"},
    {"id": "d18-other-22", "kind": "other", "thread": None, "subject": "presentatie verwijderen",
     "body": "Hi, de slides van mijn presentatie staan nog op het extranet. Graag eraf halen, er staan "
             "conceptcijfers in. Thx! Sanne"},
    {"id": "d18-other-23", "kind": "other", "thread": C, "quoted": "bevestiging_aanmelding", "quote": "outlook-nl",
     "body": "Ik ben al lid en heb me per ongeluk nog een keer aangemeld met mijn privéadres. Die tweede "
             "aanmelding mag weg; bevestig ik die dan gewoon niet?\n\nGroet,\nMarieke"},

    # -- Job changes of members who stay, assistants, colleagues ------------------------------------------
    {"id": "d18-other-24", "kind": "other", "thread": None, "subject": "nieuwe functie, zelfde netwerk",
     "body": "Beste secretariaat,\n\nPer 1 april vertrek ik bij Werkorganisatie Montferland-Oost en word ik "
             "directeur van de Werkorganisatie Oude IJsselstreek-Doetinchem. Ik blijf dus in het netwerk! Mijn "
             "nieuwe adres wordt a.gerritsen@werkorganisatie-oijd.nl.\n\nHartelijke groet,\nAnnet Gerritsen"},
    {"id": "d18-other-25", "kind": "other", "thread": None, "subject": "Mijn vertrek",
     "body": "Beste allen,\n\nNa zeven jaar als managementassistent van de directie neem ik afscheid van de "
             "Werkorganisatie Bergen-Gennep. Mijn directeur, Wim Peeters, blijft natuurlijk gewoon lid. Vanaf "
             "volgende maand kunnen jullie voor zijn agenda terecht bij mijn opvolger, Linda Koster.\n\n"
             "Bedankt voor de fijne samenwerking!\nGreet"},
    {"id": "d18-other-26", "kind": "other", "thread": None, "subject": "afscheid Jan Bakker",
     "body": "Beste secretariaat,\n\nGraag laat ik u weten dat onze directeur Jan Bakker op 28 februari met "
             "pensioen gaat. Er is een afscheidsreceptie op 26 februari; leden van het netwerk zijn van harte "
             "welkom. Zijn opvolging is nog niet bekend.\n\nMet vriendelijke groet,\nTineke Smit\n"
             "bestuurssecretaris"},
    {"id": "d18-other-27", "kind": "other", "thread": None, "subject": "tijdelijk weg",
     "body": "Goedemiddag,\n\nIk ga drie maanden met zorgverlof. Haal me niet uit het netwerk, maar sla mij de "
             "komende ateliers maar over met uitnodigingen. Vanaf juni ben ik er weer.\n\nGroet,\nMonique"},
    {"id": "d18-other-28", "kind": "other", "thread": None, "subject": "wisseling secretariaat",
     "body": "Hallo,\n\nIk stop per vandaag als secretaresse van de directeur van de Werkorganisatie Zuidplas-"
             "Waddinxveen. Wilt u mijn adres (secretariaat.directie@...) niet meer in cc zetten? De directeur "
             "zelf blijft uiteraard op de lijst.\n\nGroetjes, Joke"},
    {"id": "d18-other-29", "kind": "other", "thread": None, "subject": "Collega Van den Berg",
     "body": "Beste secretariaat,\n\nMijn collega-directeur Karel van den Berg is vorige week vertrokken. Hij "
             "vroeg mij door te geven dat hij uit het netwerk wil en dat jullie zijn gegevens mogen wissen.\n\n"
             "Met vriendelijke groet,\nIngrid Post"},
    {"id": "d18-other-30", "kind": "other", "thread": None, "subject": "Fw: graag afmelden",
     "body": "Ter info: onderstaande mail kreeg ik van onze oud-directeur. Weet niet of hij jullie zelf heeft "
             "gemaild.\n\nGr Ria\n\n---------- Doorgestuurd bericht ----------\nVan: Hans Vos "
             "<hansvos1958@ziggo.nl>\nDatum: ma 1 mrt 2027 20:14\nOnderwerp: graag afmelden\n\nRia, wil jij "
             "mij afmelden bij dat directeurennetwerk? Ik ben nu met pensioen.\nHans"},

    # -- Questions about leaving -----------------------------------------------------------------------------
    {"id": "d18-other-31", "kind": "other", "thread": None, "subject": "hoe afmelden?",
     "body": "Hoe kan ik me eigenlijk afmelden als ik straks van functie wissel? Ik zie geen link onderaan "
             "jullie mails.\n\nGroet,\nKoen"},
    {"id": "d18-other-32", "kind": "other", "thread": W, "quoted": "welkom", "quote": "gmail",
     "subject": "Re: Welkom bij het Netwerk van directeuren van ambtelijke fusieorganisaties",
     "body": "Dank! Vraagje: als mijn werkorganisatie volgend jaar ontvlecht wordt, moet ik me dan uitschrijven "
             "of kan ik blijven als directeur van één gemeente?\n\nGroet,\nMarleen"},
    {"id": "d18-other-33", "kind": "other", "thread": None, "subject": "Question about leaving",
     "body": "Hi,\n\nWhat happens to my data if I ever leave the network? Do you keep my name in the archive of "
             "attendance lists? Just curious, not leaving yet.\n\nRegards,\nTom Hendriksen"},
    {"id": "d18-other-34", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "outlook-lijn",
     "body": "Als ik mij afmeld voor dit atelier, blijf ik dan wel op de lijst voor het volgende? Dan weet ik "
             "wat ik moet doen.\n\nMet vriendelijke groet,\nA. Kramer"},

    # -- Out-of-office replies that speak of leaving ----------------------------------------------------------
    {"id": "d18-autoreply-01", "kind": "autoreply", "thread": I, "headers": OOO,
     "subject": "Automatisch antwoord: Uitnodiging Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
     "body": "Dank voor uw bericht. Ik ben afwezig tot en met 8 maart. Wilt u zich uitschrijven voor onze "
             "nieuwsbrief, gebruik dan de link onderaan de nieuwsbrief. Voor dringende zaken: 0487 - 59 12 00."},
    {"id": "d18-autoreply-02", "kind": "autoreply", "thread": R,
     "subject": "Afwezig: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027",
     "body": "Ik ben tot 15 maart met verlof en lees mijn mail niet. Uw bericht wordt niet doorgestuurd en na "
             "terugkomst verwijderd. Neem voor spoed contact op met het secretariaat directie."},
    {"id": "d18-autoreply-03", "kind": "autoreply", "thread": None, "headers": {"Precedence": "auto_reply"},
     "subject": "Out of Office: Welke thema's wilt u bespreken?",
     "body": "I am out of the office until March 10th. This mailbox is no longer monitored as of April 1st; "
             "please remove this address from your mailing lists and use info@werkorganisatie-hvb.nl instead."},
    {"id": "d18-autoreply-04", "kind": "autoreply", "thread": I, "headers": OOO,
     "subject": "Automatisch antwoord: Gewijzigd: Leer- en inspireer-atelier 11 maart 2027",
     "body": "Beste afzender,\n\nPer 1 maart ben ik niet meer werkzaam bij de Werkorganisatie Altena-Zuid. Uw "
             "e-mail wordt niet gelezen en automatisch verwijderd. Voor de directie kunt u terecht bij "
             "directie@werkorganisatie-altena.nl.\n\nMet vriendelijke groet,\nLeo Dirks"},
    {"id": "d18-autoreply-05", "kind": "autoreply", "thread": None, "headers": OOO,
     "subject": "Automatisch antwoord",
     "body": "Ik ben afwezig. Berichten over afmeldingen voor vergaderingen en bijeenkomsten kunt u richten aan "
             "mijn collega Noor Bakker (n.bakker@gemeente-tholen-reimerswaal.nl)."},
    {"id": "d18-autoreply-06", "kind": "autoreply", "thread": T, "headers": OOO,
     "subject": "Auto: Dank voor uw komst: Leer- en inspireer-atelier",
     "body": "Thank you for your email. I am travelling with limited access to e-mail. To unsubscribe from "
             "automated notifications of our client portal, reply STOP. Otherwise I will answer after 12 March."},
]
# fmt: on
