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
    # -- More declines and changes of answer, English and inline -----------------------------------------------
    {"id": "d18-rsvp-22", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-en", "sender": "Laura Bright <l.bright@werkorganisatie-wbm.nl>",
     "body": "Count me out for the 11th, I'm afraid. I'm chairing the audit committee that afternoon.\n\n"
             "Laura\n\nLaura Bright | Municipal Director | T +31 6 4418 2290" + DISCLAIMER},
    {"id": "d18-rsvp-23", "kind": "rsvp", "attending": True, "thread": R, "quoted": "herinnering_atelier",
     "quote": "apple",
     "body": "Niet schrappen hoor! Mijn secretaresse meldde mij per abuis af, maar ik ben er gewoon bij." + IPHONE},
    {"id": "d18-rsvp-24", "kind": "rsvp", "attending": False, "thread": None,
     "subject": "Re: Uitnodiging Leer- en inspireer-atelier 11 maart 2027",
     "body": "> Graag nodigen wij u uit voor het Leer- en inspireer-atelier \"Sturen op samenwerking & "
             "eigenheid\"\n\nDank, maar ik haak af voor deze. Op 11 maart zit ik in het buitenland.\n\n"
             "Groet, Dennis Wouters"},
    {"id": "d18-rsvp-25", "kind": "rsvp", "attending": False, "thread": I, "quoted": "wijziging_atelier",
     "quote": "outlook-en", "subject": "RE: Gewijzigd: Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
     "body": "Given the new date I have to withdraw from this session. Please take my name off the "
             "participants list; the 11th would have worked, the 18th does not.\n\nKind regards,\nSofie Jacobs"},
    {"id": "d18-rsvp-26", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "notes",
     "body": "Vorige week meldde ik mij af, maar de raadsvergadering is verplaatst. Graag mijn afmelding "
             "ongedaan maken: ik kom op 11 maart.\n\nMet vriendelijke groet,\nH.G. Bos"},
    {"id": "d18-rsvp-27", "kind": "rsvp", "attending": False, "thread": R, "quoted": "herinnering_atelier",
     "quote": "ongemarkeerd",
     "body": "Verwijder mijn aanmelding voor donderdag a.u.b., ik ben geveld door de griep.\n\nNiels"},

    # -- More that is not a leave of the network --------------------------------------------------------------
    {"id": "d18-other-35", "kind": "other", "thread": None, "subject": "Advisory board",
     "body": "Dear secretariat,\n\nI am stepping down from the Adviesraad as of the summer, as my term ends. "
             "I will of course remain a member of the network.\n\nWarm regards,\nPieter-Jan Claes"},
    {"id": "d18-other-36", "kind": "other", "thread": T, "quoted": "oproep_themas", "quote": "outlook-en",
     "subject": "RE: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
     "body": "Could you delete the attachment I sent yesterday? It was an internal draft that should not "
             "have gone out. Thanks a lot.\n\nMarco"},
    {"id": "d18-other-37", "kind": "other", "thread": G, "quoted": "afmelding_bevestigd", "quote": "outlook-nl",
     "subject": "RE: Uw afmelding bij het Netwerk van directeuren van ambtelijke fusieorganisaties",
     "body": "Dit klopt niet: ik heb mij nergens afgemeld. Volgens mij heeft iemand op mijn adres gereageerd. "
             "Kunt u nagaan wat er is gebeurd?\n\nMet vriendelijke groet,\nRenée Albers"},
    {"id": "d18-other-38", "kind": "other", "thread": G, "quoted": "afmelding_bevestigd", "quote": "gmail",
     "subject": "Re: Uw afmelding bij het Netwerk van directeuren van ambtelijke fusieorganisaties",
     "body": "Ik ben de opvolger van de directeur die zich hier afmeldde. Hoe kan ik zelf lid worden, en moet "
             "daar iets voor getekend worden?\n\nGroet,\nOmar Haddou"},
    {"id": "d18-other-39", "kind": "other", "thread": None, "subject": "cc directie",
     "body": "Goedemorgen, zouden jullie mij uit de cc willen halen bij de uitnodigingen aan onze directeur? "
             "Hij regelt zijn agenda tegenwoordig zelf.\n\nMvg, Petra (managementondersteuning)" + DISCLAIMER},
    {"id": "d18-other-40", "kind": "other", "thread": None, "subject": "collega afmelden",
     "body": "Wilt u Mark de Graaf afmelden? Hij werkt hier niet meer sinds januari en zijn mailbox wordt "
             "opgeheven.\n\nGroet,\nTeam Bestuursondersteuning Werkorganisatie Duo+"},
    {"id": "d18-other-41", "kind": "other", "thread": None, "subject": "FW: please remove me",
     "body": "FYI - below a message from our former director, who asked me to pass it on.\n\nRegards,\nEmma\n\n"
             "-----Original Message-----\nFrom: Gert Hulst\nSent: Monday, March 1, 2027 4:02 PM\nTo: Emma Dijk\n"
             "Subject: please remove me\n\nEmma, could you ask the directors' network to remove me from their "
             "list? Thanks, Gert"},
    {"id": "d18-other-42", "kind": "other", "thread": None, "subject": "Too many emails",
     "body": "Hi,\n\nNot trying to unsubscribe, but four mails in one week about a single workshop is a lot. "
             "Could you consider one mail with everything in it?\n\nCheers,\nHelen"},
    {"id": "d18-other-43", "kind": "other", "thread": None, "subject": "oud adres stoppen",
     "body": "Stuur de uitnodigingen a.u.b. niet meer naar j.smits@gemeente-leudal.nl: dat adres verdwijnt. "
             "Voortaan graag naar j.smits@werkorganisatie-leudal-maasgouw.nl.\n\nJos Smits"},
    {"id": "d18-other-44", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
     "body": "Goedemiddag,\n\nIn de uitnodiging staat nog de naam van mijn voorganger als spreker. Die is "
             "vertrokken; graag zijn naam verwijderen uit het programma.\n\n"
             "Wilt u dat ook op de website aanpassen?\n\nGroet,\nCarla Jongsma"},

    # -- Suggestions that speak of leaving, stopping or removing -----------------------------------------------
    {"id": "d18-suggestion-01", "kind": "suggestion", "themes": ["samenwerking"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-lijn",
     "subject": "RE: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
     "body": "Een thema dat bij ons speelt: wat als één van de deelnemende gemeenten uit de ambtelijke fusie "
             "wil stappen? Hoe voer je dat gesprek tussen de gemeenten zonder dat de verhoudingen stuk gaan?\n\n"
             "Groet,\nFenna Kooistra"},
    {"id": "d18-suggestion-02", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "gmail",
     "subject": "Re: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
     "body": "Mijn voorstel: het uitfaseren van oude applicaties en het schrappen van dubbele werkprocessen "
             "bij de digitalisering. Wij lopen daar nu tegenaan.\n\nTim"},
    {"id": "d18-suggestion-03", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T,
     "quoted": "vervolg_atelier", "quote": "outlook-nl",
     "body": "Voor een volgend atelier: het sluiten van de fysieke balies en wat dat doet met de dienstverlening "
             "aan inwoners die niet digitaal mee kunnen.\n\nMet vriendelijke groet,\nGijs Aarts"},
    {"id": "d18-suggestion-04", "kind": "suggestion", "themes": ["samenwerking"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-en",
     "subject": "RE: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
     "body": "Suggestion: exit arrangements. How do the participating municipalities agree in advance on what "
             "happens when one of them wants to leave the shared organisation?\n\nBest, Nathalie"},
    {"id": "d18-suggestion-05", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "groupwise",
     "subject": "RE: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
     "body": "Ik zou graag spreken over de uitstroom van ervaren medewerkers: hoe vang je het vertrek van een "
             "hele generatie op in de formatie?\n\nmvg J. Veenstra"},

    # -- More out-of-office replies ------------------------------------------------------------------------
    {"id": "d18-autoreply-07", "kind": "autoreply", "thread": None,
     "subject": "Automatisch antwoord: Uitnodiging Leer- en inspireer-atelier 11 maart 2027",
     "body": "Let op: dit e-mailadres wordt per 1 mei opgeheven. Verwijder het uit uw adresboek en gebruik "
             "voortaan info@werkorganisatie-bvo.nl. Dit is een automatisch bericht."},
    {"id": "d18-autoreply-08", "kind": "autoreply", "thread": R, "headers": OOO,
     "subject": "Automatic reply: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027",
     "body": "I have left the organisation. Your message will not be forwarded. Please delete this address "
             "from your records and contact secretariaat@werkorganisatie-cgm.nl."},

    # -- Real leaves of the network ----------------------------------------------------------------------------
    {"id": "d18-unsubscribe-01", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": "Lidmaatschap",
     "body": "Geacht secretariaat,\n\nMijn lidmaatschap van het netwerk mag per direct worden beëindigd.\n\n"
             "Hoogachtend,\n\nir. L.M. Hoekman\nalgemeen directeur Werkorganisatie Stichtse Vecht-Oost"},
    {"id": "d18-unsubscribe-02", "kind": "unsubscribe", "erase": False, "thread": I,
     "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
     "body": "Ik kom niet, en ik wil ook geen uitnodigingen meer: het netwerk is niets meer voor mij. Zet me "
             "er maar helemaal af.\n\nGroet,\nErwin"},
    {"id": "d18-unsubscribe-03", "kind": "unsubscribe", "erase": False, "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-lijn",
     "subject": "RE: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
     "body": "Geen thema's van mijn kant: ik verlaat het netwerk per 1 april. Graag vanaf dan geen mail meer.\n\n"
             "Met vriendelijke groet,\nMaaike Boersma"},
    {"id": "d18-unsubscribe-04", "kind": "unsubscribe", "erase": True, "thread": None,
     "subject": "Verzoek tot verwijdering persoonsgegevens (art. 17 AVG)",
     "body": "Geachte heer, mevrouw,\n\nOp grond van artikel 17 van de Algemene verordening gegevensbescherming "
             "verzoek ik u al mijn persoonsgegevens te wissen en mij uit het netwerk te verwijderen. Graag "
             "ontvang ik binnen de wettelijke termijn een bevestiging.\n\nHoogachtend,\nR.J. Verbruggen"},
    {"id": "d18-unsubscribe-05", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": "retired",
     "body": "Hello,\n\nI have retired as of last month, so please take me off the network's list for good. "
             "Thank you for many inspiring sessions.\n\nAll the best,\nBernard Lemmens"},
    {"id": "d18-unsubscribe-06", "kind": "unsubscribe", "erase": True, "thread": I,
     "quoted": "uitnodiging_atelier", "quote": "outlook-en",
     "body": "I will not attend. Moreover, I request the erasure of all my personal data under Article 17 GDPR "
             "and removal from the network.\n\nRegards,\nK. Janssens"},
    {"id": "d18-unsubscribe-07", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": "overdracht lidmaatschap",
     "body": "Beste secretariaat,\n\nPer 1 mei neemt Sophie Willems mijn functie als algemeen directeur over, "
             "en daarmee ook mijn plek in het netwerk (s.willems@werkorganisatie-deltawerk.nl). Mij graag "
             "vanaf die datum uitschrijven.\n\nMet vriendelijke groet,\nGerard Mol"},
    {"id": "d18-unsubscribe-08", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": "Successor",
     "body": "Dear colleagues,\n\nMy successor, Daniel Roos, will take over my seat in the network from "
             "April. His address is d.roos@werkorganisatie-hlt.nl. Please remove me as of that date.\n\n"
             "Kind regards,\nMarjan Koster"},
    {"id": "d18-unsubscribe-09", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": "netwerkpet",
     "body": "Beste mensen,\n\nIk hang mijn netwerkpet aan de wilgen: wilt u mij als lid afvoeren? Het was "
             "me een genoegen.\n\nHartelijke groet,\nTon Maas" + IPHONE},
    {"id": "d18-unsubscribe-10", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": "beëindiging",
     "body": "Goedemiddag,\n\nWilt u mij voortaan niet meer als lid van het netwerk beschouwen? Ik heb de "
             "overstap gemaakt naar het bedrijfsleven.\n\nMet vriendelijke groet,\nDorien Wessels"},
    {"id": "d18-unsubscribe-11", "kind": "unsubscribe", "erase": False, "thread": W, "quoted": "welkom",
     "quote": "outlook-nl", "subject": "RE: Welkom bij het Netwerk van directeuren van ambtelijke fusieorganisaties",
     "body": "Bij nader inzien zeg ik mijn deelname aan het netwerk weer op. Ik had verwacht dat het ook voor "
             "concerncontrollers was. Excuses voor de moeite.\n\nGroet,\nYasmina"},
    {"id": "d18-unsubscribe-12", "kind": "unsubscribe", "erase": False, "thread": R,
     "quoted": "herinnering_atelier", "quote": "gmail",
     "body": "ik kom niet meer en wil van al jullie lijsten af. ben vertrokken bij de gemeente.\n\nrené"},
    {"id": "d18-unsubscribe-13", "kind": "unsubscribe", "erase": True, "thread": I,
     "quoted": "uitnodiging_atelier", "quote": "apple",
     "body": "Niet aanwezig. Sterker nog: schrijf mij uit en verwijder al mijn gegevens uit uw systemen, "
             "conform de AVG.\n\nJ. de Groot" + IPHONE},
    {"id": "d18-unsubscribe-14", "kind": "unsubscribe", "erase": True, "thread": T,
     "quoted": "oproep_themas", "quote": "notes",
     "subject": "RE: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
     "body": "Ik maak gebruik van mijn recht op vergetelheid: haal mij uit het netwerk en wis wat u van mij "
             "heeft vastgelegd.\n\nmet vriendelijke groet,\nS. Akkermans"},
    {"id": "d18-unsubscribe-15", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": "Re: Uitnodiging Leer- en inspireer-atelier 11 maart 2027",
     "body": "> Graag nodigen wij u uit voor het Leer- en inspireer-atelier\n\nNee, dank u. En wat mij betreft "
             "hoeft u mij ook niet meer uit te nodigen: ik wil geen lid meer zijn van het netwerk.\n\nPaula"},
    {"id": "d18-unsubscribe-16", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": "ledenlijst",
     "body": "Gelieve mijn naam van de ledenlijst van het netwerk af te voeren. Ik ben per 1 maart uit dienst "
             "getreden.\n\nMet collegiale groet,\nA.W. Dekkers" + DISCLAIMER},
    {"id": "d18-unsubscribe-17", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": "Beëindiging lidmaatschap netwerk",
     "body": "Zoals ik uw voorzitter al telefonisch liet weten, beëindig ik hierbij mijn lidmaatschap van het "
             "Netwerk van directeuren van ambtelijke fusieorganisaties.\n\nMet vriendelijke groet,\n"
             "drs. E.H. Brink MPA"},
    {"id": "d18-unsubscribe-18", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": "stoppen",
     "body": "hoi, ik stap uit het netwerk. geen tijd meer voor en de ateliers sluiten niet aan bij onze "
             "situatie. succes verder! bram"},
    {"id": "d18-unsubscribe-19", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": "pensioen",
     "body": "Beste secretariaat,\n\nIk ga met pensioen, so please unsubscribe me from the network. "
             "Bedankt voor alles en het ga jullie goed!\n\nHarrie van Rooij"},
    {"id": "d18-unsubscribe-20", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": "Uitschrijven netwerk",
     "body": "Zie onderwerp.\n\n--\nMr. J.P. Aalbers\nalgemeen directeur | Werkorganisatie Rivierenland-West\n"
             "T 0345 - 63 11 00 | M 06 - 1234 8871"},
    {"id": "d18-unsubscribe-21", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": "lidmaatschap",
     "body": "Goedendag,\n\nNa lang wikken en wegen heb ik besloten mijn lidmaatschap van het netwerk niet "
             "voort te zetten. Dank voor de gastvrijheid de afgelopen jaren.\n\nVriendelijke groet,\nIneke Vos"},
    {"id": "d18-unsubscribe-22", "kind": "unsubscribe", "erase": True, "thread": None,
     "subject": "opvolging en gegevens",
     "body": "Beste secretariaat,\n\nMijn opvolger is Ilse Brandsma (i.brandsma@werkorganisatie-dfn.nl); zij "
             "neemt mijn plaats in het netwerk in. Wilt u daarna al mijn persoonsgegevens verwijderen conform "
             "de AVG?\n\nMet vriendelijke groet,\nHarmen de Vries"},
    {"id": "d18-unsubscribe-23", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": "No longer a director",
     "body": "Count me out of the network from now on: I've moved to a policy role at the ministry.\n\n"
             "Thanks,\nOlivia" + SAMSUNG},
    {"id": "d18-unsubscribe-24", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": "Membership",
     "body": "Dear secretariat,\n\nAs I no longer hold a director's role, the network is not for me anymore. "
             "Please end my membership.\n\nYours sincerely,\nDr. S. Vermeer"},
    {"id": "d18-unsubscribe-25", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": "berichten",
     "body": "Geacht secretariaat,\n\nIk wens geen berichten van het netwerk meer te ontvangen en mag als lid "
             "worden uitgeschreven.\n\nHoogachtend,\nW.F. Zandbergen"},
    {"id": "d18-unsubscribe-26", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": "netwurk",
     "body": "Goeie,\n\nIk hâld op mei it netwurk, dus meld mij as lid ôf asjebleaft.\n\nMei freonlike "
             "groetnis,\nDouwe Hiemstra\ndirekteur Wurkorganisaasje Noardwest"},
    {"id": "d18-unsubscribe-27", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": "lidmaatschap stoppen",
     "body": "Hallo,\n\nIk trek de stekker uit mijn lidmaatschap van het netwerk. Vanaf nu dus geen "
             "uitnodigingen meer graag.\n\nHaije groete,\nJeu Bemelmans"},
    {"id": "d18-unsubscribe-28", "kind": "unsubscribe", "erase": False, "thread": I,
     "quoted": "uitnodiging_atelier", "quote": "outlook-lijn",
     "body": "Afmelden graag. Niet alleen voor het atelier, maar voor het hele netwerk.\n\nGroet,\nLeonie"},
    {"id": "d18-unsubscribe-29", "kind": "unsubscribe", "erase": False, "thread": I,
     "quoted": "bevestiging_rsvp", "quote": "outlook-nl", "subject": "RE: " + WAITLIST,
     "body": "Laat die plek maar zitten. Haal me ook meteen uit het netwerk: ik vertrek eind deze maand bij de "
             "werkorganisatie.\n\nMvg,\nCor"},
    {"id": "d18-unsubscribe-30", "kind": "unsubscribe", "erase": True, "thread": None,
     "subject": "Re: Welke thema's wilt u bespreken?",
     "body": "> Welke thema's wilt u bespreken?\n\nNone. Please remove me from the network and delete every "
             "piece of personal data you hold on me, as is my right under the GDPR.\n\nA. Peeters"},
    {"id": "d18-unsubscribe-31", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": "afmelding",
     "body": "Het netwerk is voor mij klaar. Gelieve mij als lid uit te schrijven.\n\nMet vriendelijke groet,\n"
             "M. Koopmans"},
    {"id": "d18-unsubscribe-32", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": "overdracht",
     "body": "Beste netwerk,\n\nVanaf 1 juni is Ruben Aksoy algemeen directeur van onze werkorganisatie. Hij "
             "neemt mijn plek in het netwerk over; zijn adres is r.aksoy@werkorganisatie-wgl.nl. Ikzelf vertrek "
             "dan.\n\nHartelijke groet,\nElse Timmermans"},
    {"id": "d18-unsubscribe-33", "kind": "unsubscribe", "erase": False, "thread": I,
     "quoted": "uitnodiging_atelier", "quote": "doorgestuurd",
     "body": "Meld mij maar helemaal af bij dit netwerk, ik ga per 1 mei weg en ben er dan niet meer bij.\n\n"
             "Frank"},
    {"id": "d18-unsubscribe-34", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": "tot ziens",
     "body": "Beste secretariaat,\n\nMijn tijd in het netwerk zit erop. Wilt u mij uitschrijven? Dank voor "
             "alle mooie ateliers.\n\nTot ziens,\nHenny Kalkman"},
    {"id": "d18-unsubscribe-35", "kind": "unsubscribe", "erase": True, "thread": None,
     "subject": "gegevenswissing",
     "body": "Ik maak gebruik van mijn recht op gegevenswissing onder de AVG. Wilt u mij uit het netwerk "
             "halen en mijn gegevens vernietigen?\n\nGroet,\nL. Huisman"},
    {"id": "d18-unsubscribe-36", "kind": "unsubscribe", "erase": False, "thread": R,
     "quoted": "herinnering_atelier", "quote": "notes-wrote",
     "body": "Ik kom donderdag niet. Ik heb eind vorig jaar afscheid genomen als directeur en wil het "
             "lidmaatschap nu ook echt beëindigen.\n\nmvg,\nG. Martens"},
    {"id": "d18-unsubscribe-37", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": "Leaving the network",
     "body": "Hi there,\n\nI'd like to leave the network. Nothing personal, just too many networks on my plate.\n\n"
             "Best,\nJoost"},
    {"id": "d18-unsubscribe-38", "kind": "unsubscribe", "erase": True, "thread": W, "quoted": "welkom",
     "quote": "gmail", "subject": "Re: Welkom bij het Netwerk van directeuren van ambtelijke fusieorganisaties",
     "body": "Mijn assistent heeft mij aangemeld zonder overleg. Ik wil geen lid zijn: schrijf mij uit en wis "
             "mijn gegevens (AVG).\n\nRoel Dijkstra"},
]
# fmt: on
