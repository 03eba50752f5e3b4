"""The fifty-seventh labelled set's cases (issue 17): written without reading the classifier, each labelled as the
secretariat should treat it; cases that could not be labelled with confidence were left out.

Replies to our follow-up mail (vervolg_atelier) carry the thread ``call_for_themes``; replies to the waiting-list,
change and substitute mails carry ``invitation``. A director who cannot come but names a substitute with an address
is an RSVP with ``attending`` False; a later mail that changes an earlier answer carries the latest answer; joining
online is attending. Inline answers carry our quoted lines in ``body`` themselves and no ``quoted``.
"""

from __future__ import annotations

from typing import Any

I = "invitation"  # noqa: E741
R = "reminder"
T = "call_for_themes"
C = "confirmation"
W = "welcome"

IPHONE = "\n\nVerstuurd vanaf mijn iPhone"
ANDROID = "\n\nVerzonden vanaf Outlook voor Android"
GALAXY = "\n\nVerzonden vanaf mijn Samsung Galaxy-smartphone."
MOBIEL = "\n\nDit bericht is verstuurd vanaf een mobiel apparaat; excuses voor de beknoptheid en eventuele tikfouten."
DISCLAIMER = (
    "\n\n---------------------------------------------------------------\n"
    "De informatie in dit e-mailbericht is vertrouwelijk en uitsluitend bestemd voor de geadresseerde. Gebruik,\n"
    "openbaarmaking of verspreiding door anderen is niet toegestaan. Aan dit bericht kunnen geen rechten worden\n"
    "ontleend. Werkorganisatie Vechtdal-Oost verwerkt persoonsgegevens volgens de AVG.\n"
    "---------------------------------------------------------------"
)
THUISWERK = "\n\nIk werk op maandag en woensdag thuis; bel gerust mijn mobiele nummer."


def _utrecht_questions(come: str, guests: str, deputy: str) -> str:
    return (
        '> Komt u? Beantwoord deze e-mail met "ja, ik kom" of "nee, helaas".\n'
        f"{come}\n\n"
        "> Neemt u iemand mee, vermeld dan met hoeveel\n> personen u komt.\n"
        f"{guests}\n\n"
        "> Kunt u zelf niet, maar komt een collega in uw plaats? Noem dan zijn of haar naam en e-mailadres.\n"
        f"{deputy}"
    )


# fmt: off
CASES: list[dict[str, Any]] = [
    # -- RSVP: yes ------------------------------------------------------------------------------------------
    {"id": "d57-rsvp-01", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "sender": "Erik-Jan Smeenk <e.smeenk@werkorganisatie-vechtdaloost.nl>",
     "body": "Utrecht, 11 maart: ik ben er.\n\nErik-Jan Smeenk\nalgemeen directeur | Werkorganisatie Vechtdal-Oost\n"
             "T 0572 - 38 81 20 | M 06 - 41 77 20 93" + DISCLAIMER},
    {"id": "d57-rsvp-02", "kind": "rsvp", "attending": True, "thread": I,
     "subject": "RE: Uitnodiging Leer- en inspireer-atelier 11 maart 2027",
     "sender": "Mirjam Tuinstra <m.tuinstra@deltawerk-zuidwest.nl>",
     "body": "Hallo Melanie,\n\nIk heb de vragen maar even per stuk beantwoord:\n\n"
             + _utrecht_questions(
                 "Jazeker.",
                 "Ja, we komen met z'n tweeën: ikzelf en onze strategisch adviseur Tamara Yildiz.",
                 "n.v.t.")
             + "\n\nHartelijke groet,\nMirjam Tuinstra\nDeltawerk Zuidwest"},
    {"id": "d57-rsvp-03", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-en", "sender": "R. Kuipers <r.kuipers@ambtelijkeorganisatie-heuvelrand-noord.nl>",
     "body": "Goedemiddag,\n\nOnderstaand onze deelnemers (overgenomen uit ons aanmeldformulier):\n\n"
             "Naam\tFunctie\tAanwezig 11-3\n"
             "R. Kuipers\talgemeen directeur\tja\n"
             "M. Schouten\tconcerncontroller (gast)\tja\n\n"
             "Met vriendelijke groet,\nRoel Kuipers"},
    {"id": "d57-rsvp-04", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "groupwise",
     "body": "Kom met z'n tweeën, ik neem een collega uit het DT mee. Naam volgt nog.\n\nGr,\nBart"},
    {"id": "d57-rsvp-05", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "notes", "sender": "Annelies Brink <a.brink@werkorganisatie-lingewaard-oost.nl>",
     "body": "Beste Stan,\n\nIk schuif rond 15.30 uur aan; tot die tijd zit ik in de raadscommissie Middelen. "
             "Rekent u gerust op mij voor het tweede deel.\n\nAnnelies Brink\ndirecteur/secretaris"},
    {"id": "d57-rsvp-06", "kind": "rsvp", "attending": True, "thread": R, "quoted": "herinnering_atelier",
     "quote": "notes-wrote",
     "body": "Prima. Ik moet wel om 16.15 weg voor de trein naar Groningen, maar het eerste deel ben ik erbij.\n\n"
             "Met groet,\nJ.W. Hazenberg"},
    {"id": "d57-rsvp-07", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-lijn",
     "body": "Goedemorgen,\n\nNaar het Vredenburg redt ik het die dag niet, maar ik log in via Teams. "
             "Noteert u mij als online deelnemer.\n\nMvg,\nPeter Wolthuis\nWerkorganisatie Dinkelland-West"},
    {"id": "d57-rsvp-08", "kind": "rsvp", "attending": True, "thread": I, "quoted": "bevestiging_rsvp",
     "quote": "ongemarkeerd",
     "body": "Dank voor het bericht. Lukt een plek in de zaal niet, dan doe ik gewoon online mee: ik ben er hoe "
             "dan ook bij.\n\nSaskia"},
    {"id": "d57-rsvp-09", "kind": "rsvp", "attending": True, "thread": None,
     "subject": "Aanmelding atelier 11 maart Stadskantoor Utrecht",
     "sender": "Hans Oldenkamp <h.oldenkamp@werkorganisatie-drentsaa.nl>",
     "body": "Goedemorgen,\n\nHierbij meld ik mij aan voor het atelier op donderdag 11 maart in het Stadskantoor "
             "te Utrecht.\n\nMet vriendelijke groet,\n\nHans Oldenkamp\nalgemeen directeur Werkorganisatie "
             "Drentsaa\n0592 - 36 44 10"},
    {"id": "d57-rsvp-10", "kind": "rsvp", "attending": True, "thread": W, "quoted": "welkom",
     "quote": "outlook-nl",
     "body": "Dank voor het warme welkom. Het atelier van maart heb ik al in mijn agenda gezet; daar ben ik "
             "zeker bij.\n\nGroet,\nNienke Mulder-Aydin"},
    {"id": "d57-rsvp-11", "kind": "rsvp", "attending": True, "thread": T, "quoted": "oproep_themas",
     "quote": "gmail",
     "body": "Hoi, geen onderwerp van mijn kant dit keer, maar op de 11e ben ik er gewoon bij.\n\nGroet Kees" + IPHONE},
    {"id": "d57-rsvp-12", "kind": "rsvp", "attending": True, "thread": T, "quoted": "vervolg_atelier",
     "quote": "notes",
     "body": "Jammer dat ik er deze keer door ziekte niet bij was. Bij het volgende atelier ben ik weer van de "
             "partij.\n\nvr.gr. Ad van Gerwen"},
    {"id": "d57-rsvp-13", "kind": "rsvp", "attending": True, "thread": None,
     "subject": "Correctie: toch aanwezig op 11 maart",
     "body": "Beste secretariaat,\n\nVorige week liet ik weten dat ik niet kon. Het college heeft de heisessie "
             "inmiddels verschoven, dus ik kom toch. Excuus voor het heen-en-weer.\n\nMet vriendelijke groet,\n"
             "Dorien Schaap\ndirecteur Werkorganisatie Maas en Peel"},
    {"id": "d57-rsvp-14", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl",
     "body": "Goeie,\n\nJa, ik bin der by. Oant sjen yn Utert!\n\nMei freonlike groetnis,\n\nHylke Bouma\n"
             "direkteur Wurkorganisaasje Súdwesthoeke"},
    {"id": "d57-rsvp-15", "kind": "rsvp", "attending": True, "thread": R, "quoted": "herinnering_atelier",
     "quote": "outlook-en",
     "body": "Confirmed - see you Thursday. I'll be there from two o'clock.\n\nKind regards,\nMaarten de Bruijn"},
    {"id": "d57-rsvp-16", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "apple",
     "body": "👍" + IPHONE},
    {"id": "d57-rsvp-17", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "notes-wrote",
     "body": "Present."},
    {"id": "d57-rsvp-18", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "sender": "mr. C.J.M. van Dongen <c.vandongen@werkorganisatie-langstraat.nl>",
     "body": "Geacht secretariaat,\n\nHierbij deel ik u mede dat ondergetekende het Leer- en inspireer-atelier van "
             "donderdag 11 maart a.s. zal bijwonen, vergezeld van de heer drs. P.A. Verheijen, adjunct-directeur "
             "van onze werkorganisatie.\n\nIk vertrouw erop u hiermede voldoende te hebben geïnformeerd.\n\n"
             "Hoogachtend,\n\nmr. C.J.M. van Dongen\nalgemeen directeur Werkorganisatie Langstraat-Midden"},
    {"id": "d57-rsvp-19", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "ongemarkeerd",
     "body": "Ja hoor, met 3 personen (ik + 2 mensen uit het MT)."},
    {"id": "d57-rsvp-20", "kind": "rsvp", "attending": True, "thread": R, "quoted": "herinnering_atelier",
     "quote": "gmail",
     "body": "ja ik kom, wel een kwartiertje later denk ik want de A12 is altijd een drama op donderdag 😅"
             + GALAXY},
    {"id": "d57-rsvp-21", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "doorgestuurd",
     "body": "Zet me er maar op voor de 11e. Ik neem Bas Vermeulen mee, onze concerncontroller.\n\nHenk" + ANDROID},
    {"id": "d57-rsvp-22", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "notes",
     "body": "Hoi Stan, da's een mooi onderwerp, dus ik kom! Houdoe en tot de elfde.\n\nGerard Verhagen\n"
             "Werkorganisatie Kempenland-Noord"},
    {"id": "d57-rsvp-23", "kind": "rsvp", "attending": True, "thread": I,
     "subject": "RE: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid",
     "body": "> Wanneer: donderdag 11 maart 2027, 14.00 tot 17.30 uur\nStaat geblokt.\n\n"
             "> Waar:    Stadskantoor, Vredenburg 3, Utrecht\nIk kom met de trein, dus dat is handig.\n\n"
             "> Komt u? Beantwoord deze e-mail met \"ja, ik kom\" of \"nee, helaas\".\nJa.\n\n"
             "Groeten,\nLotte"},
    {"id": "d57-rsvp-24", "kind": "rsvp", "attending": True, "thread": None,
     "subject": "Stadskantoor Utrecht 11/3",
     "body": "Goedendag,\n\nIk ben erbij op het Vredenburg, met één gast: Wouter Brink, programmamanager "
             "dienstverlening.\n\nGroet,\nFemke Hoogeveen" + MOBIEL},
    {"id": "d57-rsvp-25", "kind": "rsvp", "attending": True, "thread": None, "quoted": "herinnering_atelier",
     "quote": "apple",
     "body": "Ben d'r bij hoor. Tot donderdag!" + IPHONE},
    {"id": "d57-rsvp-26", "kind": "rsvp", "attending": True, "thread": R, "quoted": "herinnering_atelier",
     "quote": "outlook-en",
     "body": "Hi both,\n\nI'll join via Teams rather than in person - the drive from Zeeland is a bit much this "
             "week.\n\nBest,\nIngrid"},
    {"id": "d57-rsvp-27", "kind": "rsvp", "attending": True, "thread": I, "quoted": "wijziging_atelier",
     "quote": "outlook-lijn",
     "body": "De nieuwe datum komt mij eigenlijk beter uit: op 18 maart in het Provinciehuis ben ik erbij.\n\n"
             "Met vriendelijke groet,\nTheo Lansink"},
    {"id": "d57-rsvp-28", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_vervanger",
     "quote": "apple",
     "body": "Dank u, ik neem de plaats van Dirk graag in. Tot 11 maart.\n\nYasmina el Idrissi" + IPHONE},

    # -- RSVP: no -------------------------------------------------------------------------------------------
    {"id": "d57-rsvp-29", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "gmail",
     "body": "Donderdag de 11e zit ik in Maastricht bij de provincie, dus het Vredenburg gaat 'm niet worden. "
             "Volgende keer beter!\n\nGr. Jos"},
    {"id": "d57-rsvp-30", "kind": "rsvp", "attending": False, "thread": I,
     "subject": "Re: Uitnodiging Leer- en inspireer-atelier 11 maart 2027",
     "sender": "Gert-Jan Fokkema <gj.fokkema@werkorganisatie-waddenkust.nl>",
     "body": _utrecht_questions(
         "Nee, helaas.",
         "-",
         "Ja: Aukje Terpstra, adjunct-directeur, a.terpstra@werkorganisatie-waddenkust.nl")
             + "\n\nGroet,\nGert-Jan"},
    {"id": "d57-rsvp-31", "kind": "rsvp", "attending": False, "thread": R, "quoted": "herinnering_atelier",
     "quote": "apple",
     "body": "Aanmelding Leer- en inspireer-atelier\n\nNaam:\tL. Verhoeven\nOrganisatie:\tWerkorganisatie "
             "Bommelerwaard-Noord\nDeelname:\tnee\nReden:\tbegrotingsoverleg met de drie colleges" + IPHONE},
    {"id": "d57-rsvp-32", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "doorgestuurd",
     "body": "Ingrid, wil jij mij afmelden voor het atelier? Ik zit die week op Texel.\n\nHans"},
    {"id": "d57-rsvp-33", "kind": "rsvp", "attending": False, "thread": I, "quoted": "bevestiging_rsvp",
     "quote": "outlook-nl",
     "body": "Goedemiddag,\n\nU mag mij van de wachtlijst halen; inmiddels is op die middag een vergadering van "
             "het algemeen bestuur gepland.\n\nMet vriendelijke groet,\nMarjolein Dekker" + DISCLAIMER},
    {"id": "d57-rsvp-34", "kind": "rsvp", "attending": False, "thread": None, "subject": "11/3",
     "body": "Hoi Stan en Melanie,\n\nJullie uitnodiging zit ergens in mijn inbox maar ik kan 'm niet meer "
             "vinden. Op 11 maart kan ik niet, dus streep mij maar door.\n\nGr. Fenna"},
    {"id": "d57-rsvp-35", "kind": "rsvp", "attending": False, "thread": W, "quoted": "welkom",
     "quote": "apple",
     "body": "Dank! Fijn om lid te zijn. Het eerstvolgende atelier kan ik helaas niet bijwonen, dan ben ik op "
             "werkbezoek in Vlaanderen. Een volgende keer graag.\n\nSander" + IPHONE},
    {"id": "d57-rsvp-36", "kind": "rsvp", "attending": False, "thread": T, "quoted": "oproep_themas",
     "quote": "outlook-nl",
     "body": "Beste Stan,\n\nThema's heb ik nu niet paraat. Ik meld alvast dat ik er op 11 maart niet bij kan "
             "zijn: dan is onze jaarlijkse raadsinformatieavond.\n\nMet vriendelijke groet,\nWillemijn Hartog"},
    {"id": "d57-rsvp-37", "kind": "rsvp", "attending": False, "thread": T, "quoted": "vervolg_atelier",
     "quote": "outlook-en",
     "body": "Mooi verslag, dank. Noteer mij voor het volgende atelier maar als afwezig: dan zitten we midden in "
             "de herinrichting van het sociaal domein.\n\nGroet,\nRob"},
    {"id": "d57-rsvp-38", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-lijn",
     "body": "Beste Melanie,\n\nEerder gaf ik aan te komen, maar dat moet ik helaas terugdraaien: de minister "
             "heeft ons op 11/3 in Den Haag uitgenodigd. Sorry!\n\nKarin Bosch"},
    {"id": "d57-rsvp-39", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "notes-wrote",
     "body": "Hoi,\n\nIch kin d'r dizze kier neet bij zien, sorry.\n\nHaij groete,\nFrans Lemmens\n"
             "directeur Werkorganisatie Geuldal-Heuvelland"},
    {"id": "d57-rsvp-40", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "gmail",
     "body": "Unfortunately I won't be able to make it on the 11th. Apologies, and enjoy the session.\n\n"
             "Best regards,\nDaan Visscher"},
    {"id": "d57-rsvp-41", "kind": "rsvp", "attending": False, "thread": R, "quoted": "herinnering_atelier",
     "quote": "groupwise",
     "body": "Verhinderd."},
    {"id": "d57-rsvp-42", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "notes", "sender": "drs. H.G. Rietveld <h.rietveld@werkorganisatie-eemvallei.nl>",
     "body": "Geacht secretariaat,\n\nHierbij deel ik u mede dat ik tot mijn spijt niet in de gelegenheid ben "
             "het Leer- en inspireer-atelier van 11 maart aanstaande bij te wonen, in verband met "
             "verplichtingen elders.\n\nHoogachtend,\n\ndrs. H.G. Rietveld\nalgemeen directeur"},
    {"id": "d57-rsvp-43", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-en",
     "body": "Ik kan niet, maar mijn plaatsvervanger Joyce Lammers (j.lammers@werkorganisatie-rivierenland-west.nl, "
             "06 - 28 11 43 90) neemt het van mij over.\n\nMet groet,\nMartijn Kok"},
    {"id": "d57-rsvp-44", "kind": "rsvp", "attending": False, "thread": R, "quoted": "herinnering_atelier",
     "quote": "outlook-nl",
     "body": "Beste allen,\n\nDoor ziekte kan ik morgen helaas niet komen. Geeft u mijn plek maar aan iemand "
             "van de wachtlijst.\n\nMet vriendelijke groet,\nEls Hofman" + THUISWERK},
    {"id": "d57-rsvp-45", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "groupwise",
     "body": "Nee, niet aanwezig. 11-3 is ons jaarlijkse overleg met de accountant.\nP. Westra"},
    {"id": "d57-rsvp-46", "kind": "rsvp", "attending": False, "thread": R, "quoted": "herinnering_atelier",
     "quote": "notes-wrote",
     "body": "sorry guys, moet afhaken voor donderdag - griep. succes en tot de volgende!\nmarloes" + ANDROID},
    {"id": "d57-rsvp-47", "kind": "rsvp", "attending": False, "thread": R,
     "subject": "RE: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027",
     "body": "> Kunt u onverhoopt toch niet? Beantwoord deze e-mail dan met \"helaas, ik kan niet\"; dan geven wij "
             "uw plaats aan\n> iemand op de wachtlijst.\n\nDat is bij mij het geval. Geef mijn plaats maar "
             "door.\n\nGroet,\nTjeerd"},
    {"id": "d57-rsvp-48", "kind": "rsvp", "attending": False, "thread": None, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl",
     "body": "Die dag zitten we met het hele MT op de hei in Ootmarsum. Dus nee, jammer.\n\nGroetjes uut "
             "Twente,\nGerrit Nijhuis"},
    {"id": "d57-rsvp-49", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-lijn",
     "body": "Ik zou pas om 16.30 uur kunnen aanschuiven en dat heeft weinig zin bij een sessie tot half zes. "
             "Ik zie daarom af van deelname.\n\nVriendelijke groet,\nMonique Zwart"},
    {"id": "d57-rsvp-50", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "gmail",
     "body": "Ook online gaat het me niet lukken, helaas; ik zit de hele middag met de ondernemingsraad.\n\n"
             "Jeroen" + MOBIEL},
    {"id": "d57-rsvp-51", "kind": "rsvp", "attending": False, "thread": I, "quoted": "wijziging_atelier",
     "quote": "outlook-nl",
     "body": "Goedemorgen,\n\nOp 18 maart lukt het mij niet (de 11e wel). Dan moet ik helaas afzeggen.\n\n"
             "Met vriendelijke groet,\nAstrid Veenstra"},
    {"id": "d57-rsvp-52", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_vervanger",
     "quote": "outlook-en",
     "body": "Beste secretariaat,\n\nHelaas kan ik op 11 maart ook niet. Wilt u Dirk laten weten dat er dit keer "
             "niemand van ons komt?\n\nGroet,\nLieke"},
    {"id": "d57-rsvp-53", "kind": "rsvp", "attending": False, "thread": None,
     "subject": "Atelier March 11",
     "body": "Hi,\n\nCan't make it on March 11th, sorry - please cross me off the attendee list for this one.\n\n"
             "Cheers,\nNiels Bakker\nSenior Director | Werkorganisatie Delfland-Oost"},
    {"id": "d57-rsvp-54", "kind": "rsvp", "attending": False, "thread": T, "quoted": "oproep_themas",
     "quote": "gmail",
     "body": "Geen thema's hoor. En op 11 maart ben ik met de regiocollega's op studiereis naar Kopenhagen, dus "
             "ik mis 'm.\n\nGr Willem"},
    {"id": "d57-rsvp-55", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl",
     "body": "Moi,\n\nIk kin d'r nait bie wezen, dij dag is t gemeenteroad in Fivelzijl.\n\n"
             "Mit vrendelke groet,\nAlbert Huizinga"},

    # -- other: RSVP look-alikes and questions a person must handle ------------------------------------------
    {"id": "d57-other-01", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
     "body": "Ik kom graag. Kan ik bij het Stadskantoor parkeren, of ben ik beter af met de trein?\n\n"
             "Met vriendelijke groet,\nRenate Scholten"},
    {"id": "d57-other-02", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "gmail",
     "body": "Zelf kan ik niet. Mag ik iemand uit mijn MT sturen? Dan hoort u nog wie dat wordt.\n\nGr. Ruud"},
    {"id": "d57-other-03", "kind": "other", "thread": R, "quoted": "herinnering_atelier", "quote": "apple",
     "body": "Op welke verdieping is het atelier, en is het Stadskantoor vanaf Utrecht Centraal te lopen?" + IPHONE},
    {"id": "d57-other-04", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "notes",
     "body": "Beste Stan,\n\nVoordat ik toezeg: is er al een programma? Ik wil graag weten of er ook sprekers "
             "van het ministerie komen en hoe de middag is opgebouwd.\n\nMet groet,\nA. Kremer"},
    {"id": "d57-other-05", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "outlook-lijn",
     "body": "Goedemiddag,\n\nMijn collega Hester Kramer, directeur sociaal domein, wil graag naar het atelier "
             "komen. Kunt u haar aanmelden?\n\nMet vriendelijke groet,\nBram Overdijk"},
    {"id": "d57-other-06", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "groupwise",
     "body": "Misschien. Hangt af van de raadsvergadering van 10 maart, die loopt vaak uit. Ik laat het nog "
             "weten.\nM. de Graaf"},
    {"id": "d57-other-07", "kind": "other", "thread": R, "quoted": "herinnering_atelier", "quote": "outlook-en",
     "body": "Not sure yet whether I can make it on Thursday - I'll let you know by Monday.\n\nRegards,\nEline"},
    {"id": "d57-other-08", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "notes-wrote",
     "body": "Als het ook volledig online te volgen is, doe ik mee. Kunt u dat bevestigen? Anders wordt het "
             "lastig.\n\nvr. gr. Hugo"},
    {"id": "d57-other-09", "kind": "other", "thread": None, "subject": "Vraag over deelname atelier",
     "body": "Goedemorgen,\n\nMogen ook de gemeentesecretarissen van onze deelnemende gemeenten naar het atelier "
             "komen, of is het alleen voor directeuren van de werkorganisatie?\n\nMet vriendelijke groet,\n"
             "Yvonne Bakker\ndirecteur Werkorganisatie Zaanoever"},
    {"id": "d57-other-10", "kind": "other", "thread": None, "subject": "Inhoudelijke bijdrage aan uw atelier",
     "sender": "Roderick Janssen <r.janssen@fusiekompas-advies.nl>",
     "body": "Geachte heer Van de Laar,\n\nFusieKompas Advies begeleidt al tien jaar ambtelijke fusies. Graag "
             "verzorgen wij tijdens uw atelier van 11 maart een korte presentatie over ons "
             "harmonisatie-dashboard. Mag ik u bellen om de mogelijkheden te verkennen?\n\nMet vriendelijke "
             "groet,\nRoderick Janssen\nsenior consultant | 06 - 51 90 33 27"},
    {"id": "d57-other-11", "kind": "other", "thread": None, "subject": "Aanmelding nieuwe collega",
     "body": "Beste secretariaat,\n\nPer 1 maart begint Ruben Tol bij ons als tweede directeur. Kunt u hem ook "
             "aan het netwerk toevoegen?\n\nGroet,\nCarla Smits"},
    {"id": "d57-other-12", "kind": "other", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "outlook-nl",
     "body": "Ik heb mij niet aangemeld. Van wie heeft u mijn e-mailadres gekregen?\n\nL. Boersma"},
    {"id": "d57-other-13", "kind": "other", "thread": T, "quoted": "oproep_themas", "quote": "apple",
     "body": "Ik zou graag zitting nemen in de Adviesraad. Hoe gaat de selectie in zijn werk?\n\nGroet,\n"
             "Patrick Evers" + IPHONE},
    {"id": "d57-other-14", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "ongemarkeerd",
     "body": "Ik kom. Mag ik ook een raadslid van een van onze gemeenten meenemen, of is het echt alleen voor "
             "ambtenaren?"},
    {"id": "d57-other-15", "kind": "other", "thread": None, "subject": "Verzoek bijwonen atelier (pers)",
     "sender": "Lisa Verbrugge <l.verbrugge@bestuursvakblad.nl>",
     "body": "Goedemiddag,\n\nIk werk aan een artikel over ambtelijke fusies. Zou ik het atelier van 11 maart als "
             "journalist mogen bijwonen?\n\nMet vriendelijke groet,\nLisa Verbrugge\nredacteur"},

    # -- suggestion ------------------------------------------------------------------------------------------
    {"id": "d57-suggestion-01", "kind": "suggestion", "themes": ["organisatie", "samenwerking"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-nl",
     "body": "Beste Stan en Melanie,\n\nTwee onderwerpen:\n"
             "Hoe richt je de P&C-cyclus in als vier raden elk hun eigen begrotingswijzigingen willen\n"
             "Wat betekent de gezamenlijke woningbouwopgave voor de verhouding tussen onze gemeenten\n\n"
             "Met vriendelijke groet,\nJoost Hermans"},
    {"id": "d57-suggestion-02", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T,
     "quoted": "vervolg_atelier", "quote": "gmail",
     "body": "Volgende keer graag: hoe laten we zien dat inwoners sinds de fusie beter geholpen worden? "
             "Welke prestatie-indicatoren gebruiken collega's, meten ze klanttevredenheid aan de balie?\n\n"
             "Groet, Mariska"},
    {"id": "d57-suggestion-03", "kind": "suggestion", "themes": ["strategie"], "thread": W, "quoted": "welkom",
     "quote": "apple",
     "body": "Dank voor de welkomstmail. Wat mij bezighoudt: een visie op de werkorganisatie voor de komende "
             "vijftien jaar, die verder kijkt dan de collegeperiode. Dat zou ik graag eens met collega's "
             "bespreken.\n\nVincent" + IPHONE},
    {"id": "d57-suggestion-04", "kind": "suggestion", "themes": ["organisatie"], "thread": None,
     "subject": "Suggestie voor het volgende atelier",
     "body": "Goedemorgen,\n\nMijn suggestie: ervaringen met één zaaksysteem voor vier gemeenten, van aanbesteding "
             "tot migratie. Liever niet weer over de samenwerking in de regio; dat onderwerp hebben we vorig "
             "jaar uitgebreid gehad.\n\nMet vriendelijke groet,\nEvelien Jacobs"},
    {"id": "d57-suggestion-05", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-en",
     "body": "Topic suggestion: a single digital front office for entrepreneurs, so that a business gets one "
             "counter for permits in all our municipalities.\n\nBest,\nTom Reinders"},
    {"id": "d57-suggestion-06", "kind": "suggestion", "themes": ["samenwerking", "dienstverlening"], "thread": T,
     "quoted": "oproep_themas", "quote": "notes",
     "body": "Mijn onderwerpen:\n- gezamenlijke opgaven in het sociaal domein: wie trekt, wie betaalt\n"
             "- prestatiemonitoring van onze dienstverlening richting inwoners en instellingen\n\n"
             "m.vr.gr.\nS. Dijkman" + DISCLAIMER},
    {"id": "d57-suggestion-07", "kind": "suggestion", "themes": ["strategie", "organisatie"], "thread": T,
     "subject": "RE: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027",
     "body": "> - Strategie: lange termijn visie op de organisatie, inhoudelijke agenda, bestuurlijke "
             "prioriteiten;\nJa: een inhoudelijke agenda die drie colleges samen dragen.\n\n"
             "> - Organisatie: organisatiestructuur, sturingsconcept, formatie en innovatie, digitalisering, "
             "werkprocessen, financiën, I&A;\nOvergang naar opgavegericht werken als sturingsconcept.\n\n"
             "Groet,\nHenriëtte"},
    {"id": "d57-suggestion-08", "kind": "suggestion", "themes": ["samenwerking"], "thread": T,
     "quoted": "vervolg_atelier", "quote": "outlook-lijn",
     "body": "Dag Stan,\n\nVoor het volgende atelier: hoe ga je als werkorganisatie om met een deelnemende "
             "gemeente die overweegt uit te treden? Dat speelt bij ons nu.\n\nGroet,\nMark"},

    # -- subscribe -------------------------------------------------------------------------------------------
    {"id": "d57-subscribe-01", "kind": "subscribe", "thread": None, "subject": "Aanmelding lidmaatschap netwerk",
     "sender": "drs. W.F. Koopman <w.koopman@werkorganisatie-alblasmond.nl>",
     "body": "Geacht secretariaat,\n\nSinds 1 februari ben ik algemeen directeur van de Werkorganisatie "
             "Alblasmond. Graag meld ik mij aan als lid van het Netwerk van directeuren van ambtelijke "
             "fusieorganisaties.\n\nHoogachtend,\ndrs. W.F. Koopman"},
    {"id": "d57-subscribe-02", "kind": "subscribe", "thread": None, "subject": "Joining the network",
     "body": "Hello,\n\nPlease add me to the network - I've just started as director of a shared service "
             "organisation for three municipalities in Gelderland.\n\nKind regards,\nSophie van Rijn"},
    {"id": "d57-subscribe-03", "kind": "subscribe", "thread": None, "subject": "aanmelden",
     "body": "Naam: Jan-Willem Post\nFunctie: directeur bedrijfsvoering\nOrganisatie: Werkorganisatie "
             "Oude IJssel-Oost\nE-mail: jw.post@werkorganisatie-oudeijsseloost.nl\n\nGraag lid worden van het "
             "netwerk." + ANDROID},
    {"id": "d57-subscribe-04", "kind": "subscribe", "thread": None, "subject": "Nieuw lid: Sanne Oudejans",
     "body": "Beste Melanie,\n\nWilt u mijn collega-directeur Sanne Oudejans aanmelden voor het netwerk? Zij "
             "wil graag lid worden; haar adres is s.oudejans@werkorganisatie-hollandsmidden.nl.\n\n"
             "Groet,\nFloor"},
    {"id": "d57-subscribe-05", "kind": "subscribe", "thread": None, "quoted": "uitnodiging_atelier",
     "quote": "doorgestuurd", "subject": "Lidmaatschap",
     "body": "Deze uitnodiging kreeg ik via mijn secretariaat doorgestuurd. Ik wil graag zelf lid worden van het "
             "netwerk, zodat ik voortaan alles rechtstreeks ontvang.\n\nMet vriendelijke groet,\nEsther Kooistra"},
    {"id": "d57-subscribe-06", "kind": "subscribe", "thread": None, "subject": "inschrijven",
     "body": "inschrijven graag. m. vd berg, dir. werkorg. lek-oost" + IPHONE},

    # -- unsubscribe -----------------------------------------------------------------------------------------
    {"id": "d57-unsubscribe-01", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": "Uitschrijven netwerk",
     "body": "Beste secretariaat,\n\nPer 1 april ga ik met pensioen. Wilt u mij uitschrijven als lid van het "
             "netwerk? Dank voor de mooie bijeenkomsten.\n\nMet vriendelijke groet,\nGeert Lubbers"},
    {"id": "d57-unsubscribe-02", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": "Overdracht lidmaatschap",
     "body": "Goedemiddag,\n\nMijn opvolger, Fleur Dijkstra (f.dijkstra@werkorganisatie-noordkop.nl), neemt per "
             "1 mei het stokje van mij over. Zij ontvangt vanaf dan graag de berichten van het netwerk in mijn "
             "plaats.\n\nMet vriendelijke groet,\nKlaas Vis"},
    {"id": "d57-unsubscribe-03", "kind": "unsubscribe", "erase": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl",
     "body": "Ik kom niet, en ik wil ook geen berichten meer van u ontvangen. Verwijder al mijn "
             "persoonsgegevens op grond van artikel 17 AVG.\n\nR. Meijering"},
    {"id": "d57-unsubscribe-04", "kind": "unsubscribe", "erase": False, "thread": R,
     "quoted": "herinnering_atelier", "quote": "gmail",
     "body": "Donderdag lukt niet, en eerlijk gezegd stop ik ook met het netwerk. Haal me maar van de "
             "ledenlijst.\n\nGroet, Stefan" + GALAXY},
    {"id": "d57-unsubscribe-05", "kind": "unsubscribe", "erase": False, "thread": C,
     "quoted": "bevestiging_aanmelding", "quote": "apple",
     "body": "Niet door mij aangevraagd." + IPHONE},
    {"id": "d57-unsubscribe-06", "kind": "unsubscribe", "erase": False, "thread": T, "quoted": "oproep_themas",
     "quote": "outlook-en",
     "body": "Please unsubscribe me - I have moved to a job at the province and am no longer a director of a "
             "shared service organisation.\n\nThanks,\nAnouk Prins"},
]
# fmt: on
