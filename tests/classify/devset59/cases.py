"""The fifty-ninth labelled set's cases (issue 17): near misses and their plain counterparts, written without
reading the classifier; cases that could not be labelled with confidence were left out.

Replies to our follow-up mail (vervolg_atelier) carry the thread ``call_for_themes``. A mail that mixes an act with
a question or a condition a person must weigh is ``other``; so is an act for someone who did not ask for it
themself. Each ``other`` has a ``# why`` comment: what the secretariat must do with it.
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
OUTLOOK_IOS = "\n\nGet Outlook for iOS"
DISCLAIMER = (
    "\n\n--\nDe informatie in dit e-mailbericht is vertrouwelijk en uitsluitend bestemd voor de geadresseerde. "
    "Werkorganisatie De Venen-Zuid aanvaardt geen aansprakelijkheid voor schade als gevolg van het gebruik van "
    "deze informatie. Print dit bericht alleen als het echt nodig is."
)
DISCLAIMER_EN = (
    "\n\nThis e-mail and any attachments are confidential and intended solely for the addressee. If you have "
    "received it in error, please notify the sender and delete it."
)

# fmt: off
CASES: list[dict[str, Any]] = [
    # -- subscribe: the plain sign-ups ----------------------------------------------------------------------
    {"id": "d59-subscribe-01", "kind": "subscribe", "thread": None,
     "subject": "Aanmelding netwerk",
     "sender": "Gerrit-Jan Wolters <gj.wolters@werkorganisatie-dewaarden.nl>",
     "body": "Geacht secretariaat,\n\nPer 1 februari ben ik benoemd tot algemeen directeur van de "
             "Werkorganisatie De Waarden (gemeenten Hoevelaar, Oostmeer en Kleiburg). Graag treed ik toe tot "
             "het Netwerk van directeuren van ambtelijke fusieorganisaties.\n\nHoogachtend,\n\n"
             "drs. G.J. Wolters\nalgemeen directeur\nT 0341 - 28 71 00"},
    {"id": "d59-subscribe-02", "kind": "subscribe", "thread": None,
     "subject": "Joining the network",
     "sender": "Rosalie Tjon-A-Fat <r.tjonafat@hartvanbrabant-wo.nl>",
     "body": "Hello,\n\nI'm the new director of a shared service organisation for three municipalities and "
             "would like to become a member of your network. Dutch is fine as well, by the way.\n\n"
             "Kind regards,\nRosalie Tjon-A-Fat" + DISCLAIMER_EN},
    {"id": "d59-subscribe-03", "kind": "subscribe", "thread": None,
     "subject": "aanmelden collega",
     "sender": "Bart Lubbers <b.lubbers@bel-combinatie-wo.nl>",
     "body": "Goedemorgen,\n\nOnze nieuwe adjunct-directeur Ilse Vermeer wil graag lid worden van het netwerk; "
             "ze vroeg mij dit door te geven. Haar adres is i.vermeer@bel-combinatie-wo.nl.\n\n"
             "Met vriendelijke groet,\nBart Lubbers\ndirecteur"},
    {"id": "d59-subscribe-04", "kind": "subscribe", "thread": None,
     "subject": "aanmelding",
     "sender": "henk brinkhuis <h.brinkhuis@dinkelstreek.nl>",
     "body": "zet mij maar op de lijst vh netwerk, ben directeur dinkelstreek. gr henk" + IPHONE},
    {"id": "d59-subscribe-05", "kind": "subscribe", "thread": None,
     "subject": "Lid worden / membership",
     "sender": "Youssef Amrani <y.amrani@werkorganisatie-lingezegen.nl>",
     "body": "Hoi,\n\nIk wil me graag aanmelden voor het netwerk. Sorry for the mixed language, ik zit op een "
             "conferentie in Gent met Engelstalige collega's en mijn hoofd staat op English mode.\n\n"
             "Groeten,\nYoussef" + OUTLOOK_IOS},
    {"id": "d59-subscribe-06", "kind": "subscribe", "thread": None, "quoted": "welkom", "quote": "doorgestuurd",
     "subject": "FW: Welkom bij het Netwerk van directeuren van ambtelijke fusieorganisaties",
     "sender": "Marjolein Beukers <m.beukers@gr-hollandsmidden-west.nl>",
     "body": "Beste secretariaat,\n\nMijn collega van hiernaast stuurde mij haar welkomstmail door. Ik wil "
             "ook lid worden, met dit e-mailadres.\n\nHartelijke groet,\nMarjolein Beukers\n"
             "directeur bedrijfsvoering"},
    # -- other: sign-ups that a person must handle -------------------------------------------------------
    # why: sign-up plus a question on cost and expenses; answer it before enrolling
    {"id": "d59-other-01", "kind": "other", "thread": None,
     "subject": "Aanmelden? Eerst een vraag",
     "sender": "Carla Smeenk <c.smeenk@werkorganisatie-rijnenvaart.nl>",
     "body": "Goedemiddag,\n\nIk overweeg me aan te melden. Zijn er kosten aan verbonden (contributie, "
             "deelname aan de ateliers) en krijg ik daar een factuur voor op naam van de werkorganisatie? "
             "Onze controller wil dat vooraf weten.\n\nMet vriendelijke groet,\nCarla Smeenk"},
    # why: eligibility of a non-merged municipality's secretary; the secretariat decides and replies
    {"id": "d59-other-02", "kind": "other", "thread": None,
     "subject": "lidmaatschap gemeentesecretaris",
     "sender": "Otto Veldkamp <o.veldkamp@gemeente-aaenhunze-noord.nl>",
     "body": "Beste mensen,\n\nIk ben gemeentesecretaris van een gemeente die (nog) geen ambtelijke fusie is, "
             "maar we verkennen er een met twee buurgemeenten. Kan ik dan al lid worden, of is het netwerk "
             "echt alleen voor directeuren van bestaande fusieorganisaties?\n\nGroet,\nOtto Veldkamp\n"
             "06 4418 2290"},
    # why: sign-up of a colleague without her own address or request; ask her to write herself
    {"id": "d59-other-03", "kind": "other", "thread": None,
     "subject": "Nieuw lid: mevr. Dijkhuizen",
     "sender": "Frits van Oorschot <f.vanoorschot@maasland-wo.nl>",
     "body": "Hallo,\n\nKunnen jullie Annelies Dijkhuizen ook aanmelden? Zij is sinds kort directeur van de "
             "uitvoeringsorganisatie in Cuijkerveld. Ik heb haar mailadres even niet bij de hand, maar jullie "
             "kunnen haar vast vinden.\n\nFrits"},
    # why: an assistant enrols her director who has not asked; check with the director
    {"id": "d59-other-04", "kind": "other", "thread": None,
     "subject": "Aanmelding dhr. Koopmans",
     "sender": "Secretariaat directie <secretariaatdirectie@werkorganisatie-duivenvoorde.nl>",
     "body": "Goedemorgen,\n\nIk kwam uw netwerk tegen op internet en denk dat dit iets is voor onze "
             "directeur, de heer P. Koopmans (p.koopmans@werkorganisatie-duivenvoorde.nl). Hij is deze week met "
             "vakantie, dus ik meld hem alvast aan als verrassing.\n\nMet vriendelijke groet,\n"
             "Yvonne Klaassen\nmanagementassistent" + DISCLAIMER},
    # why: sign-up for a different network's newsletter; tell the writer they reached the wrong address
    {"id": "d59-other-05", "kind": "other", "thread": None,
     "subject": "Aanmelden nieuwsbrief",
     "sender": "Desiree Pronk <d.pronk@gemeente-westerkwartier-zuid.nl>",
     "body": "Graag meld ik mij aan voor de maandelijkse nieuwsbrief van het Kennisnetwerk Regionale "
             "Uitvoeringsdiensten. Ik kreeg dit adres door van een collega.\n\nMvg,\nDesiree Pronk\n"
             "beleidsadviseur omgevingsrecht"},
    # why: conditional sign-up (only if the deputy may join too); answer the condition first
    {"id": "d59-other-06", "kind": "other", "thread": None,
     "subject": "aanmelding onder voorwaarde",
     "sender": "Hidde Scholten <h.scholten@twentezuid-wo.nl>",
     "body": "Beste secretariaat,\n\nIk word graag lid, mits mijn plaatsvervangend directeur ook toegang krijgt "
             "tot de ateliers; wij doen het directeurschap in duo. Lukt dat niet, dan zie ik er liever van "
             "af. Laat u even weten hoe dat zit?\n\nMet vriendelijke groet,\nHidde Scholten"},
    # why: candidacy for the Adviesraad, not joining the network; the secretariat weighs it
    {"id": "d59-other-07", "kind": "other", "thread": None,
     "subject": "Kandidatuur Adviesraad",
     "sender": "mr. Jolanda Wijers <j.wijers@werkorganisatie-bergenmaas.nl>",
     "body": "Geacht secretariaat,\n\nGraag stel ik mij beschikbaar voor een zetel in de Adviesraad. Ik ben "
             "sinds 2021 lid van het netwerk en heb de fusie van drie gemeentelijke organisaties begeleid; "
             "vooral dienstverlening aan ondernemers ligt mij na aan het hart. Mijn cv stuur ik desgewenst "
             "na.\n\nHoogachtend,\n\nmr. J.M. Wijers\ndirecteur"},
    # why: a student asks to join or survey members for a thesis; a person decides and answers
    {"id": "d59-other-08", "kind": "other", "thread": None,
     "subject": "Afstudeeronderzoek ambtelijke fusies - deelname?",
     "sender": "Lotte Hermans <lotte.hermans@student.hs-bestuurskunde.nl>",
     "body": "Beste heer/mevrouw,\n\nIk ben masterstudent Bestuurskunde en schrijf mijn scriptie over "
             "sturing in ambtelijke fusieorganisaties. Zou ik me mogen aanmelden voor uw netwerk, of een korte "
             "vragenlijst onder de leden mogen verspreiden? Ik kom ook graag als toehoorder naar een "
             "atelier.\n\nAlvast bedankt!\nLotte Hermans"},
    # why: press asking to attend and quote members; the secretariat answers press itself
    {"id": "d59-other-09", "kind": "other", "thread": None,
     "subject": "Persverzoek atelier 11 maart",
     "sender": "Niels Oudshoorn <redactie@lokaalbestuurvandaag.nl>",
     "body": "Goedendag,\n\nVoor het vakblad Lokaal Bestuur Vandaag werk ik aan een achtergrondstuk over tien "
             "jaar ambtelijke fusies. Kan ik het atelier van 11 maart bijwonen en na afloop enkele directeuren "
             "spreken? Ik meld me graag aan als pers.\n\nMet vriendelijke groet,\nNiels Oudshoorn\n"
             "redacteur\n020 - 771 43 08"},
    # why: Belgian organisation asks whether it may join; eligibility is the secretariat's call
    {"id": "d59-other-10", "kind": "other", "thread": None,
     "subject": "Membership for a Flemish intergemeentelijke samenwerking?",
     "sender": "Pieter De Clercq <pieter.declercq@igs-leiestreek.be>",
     "body": "Dear colleagues,\n\nWe are an intergemeentelijk samenwerkingsverband of four municipalities in "
             "Flanders. Would we be welcome in your netwerk, even though we are Belgian? If so, graag "
             "aanmelden.\n\nBest regards,\nPieter De Clercq\nalgemeen directeur"},
    # why: asks for the member list; privacy question for a person to answer
    {"id": "d59-other-11", "kind": "other", "thread": None,
     "subject": "Wie zijn er lid?",
     "sender": "Ans Rademaker <a.rademaker@werkorganisatie-vechtstreek-oost.nl>",
     "body": "Goedemiddag, voordat ik me aanmeld: is er een ledenlijst? Ik wil graag weten welke collega's "
             "uit Utrecht-Oost er al bij zitten.\n\ngroet Ans"},
    # -- confirm: the plain confirmations --------------------------------------------------------------------
    {"id": "d59-confirm-01", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "apple",
     "sender": "Jeroen Visscher <j.visscher@werkorganisatie-dekempen-west.nl>",
     "body": "Verzonden vanaf mijn iPad"},
    {"id": "d59-confirm-02", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "outlook-nl",
     "sender": "Tineke Oldenhof <t.oldenhof@noordoostpolder-urk-wo.nl>",
     "body": "Bevestigd.\n\nTineke Oldenhof" + DISCLAIMER},
    {"id": "d59-confirm-03", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "gmail",
     "sender": "Rosalie Tjon-A-Fat <r.tjonafat@hartvanbrabant-wo.nl>",
     "body": "Yes, that's me - confirmed. Thanks!\n\nRosalie"},
    {"id": "d59-confirm-04", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "notes",
     "sender": "A. Zandstra <a.zandstra@werkorganisatie-waddenkust.nl>",
     "body": "Klopt, mijn secretaresse heeft mij op mijn verzoek aangemeld. Bij dezen bevestig ik dat.\n\n"
             "Met vriendelijke groet,\nA. Zandstra"},
    {"id": "d59-confirm-05", "kind": "confirm", "thread": C, "quoted": "herinnering_aanmelding",
     "quote": "groupwise",
     "sender": "Wouter Nijhof <w.nijhof@achterhoek-oost-wo.nl>",
     "body": "excuus, over het hoofd gezien. alsnog akkoord!\n\nW. Nijhof" + SAMSUNG},
    {"id": "d59-confirm-06", "kind": "confirm", "thread": C,
     "subject": "RE: Bevestig uw aanmelding",
     "sender": "Ingrid Veenstra <i.veenstra@werkorganisatie-vijfheerenlanden-noord.nl>",
     "body": "> Wilt u uw aanmelding bevestigen? Beantwoord deze e-mail dan; u hoeft niets te typen.\n\n"
             "Ja, bij deze.\n\n> Hebt u zich niet aangemeld? Dan kunt u deze e-mail negeren\n\n"
             "Jawel hoor, dat was ik zelf.\n\nIngrid"},
    # -- other: confirmation replies that need a person ------------------------------------------------------
    # why: confirms but asks whether the deputy can be added; answer and arrange it by hand
    {"id": "d59-other-12", "kind": "other", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "outlook-lijn",
     "sender": "Sander Kuipers <s.kuipers@werkorganisatie-heuvelland.nl>",
     "body": "Dank, ik bevestig graag. Nog een vraag: mijn loco-directeur wil ook meedoen. Moet hij zich apart "
             "aanmelden of kunnen jullie hem koppelen aan mijn lidmaatschap?\n\nGr. Sander"},
    # why: asks who sees the data before confirming; a privacy question for a person
    {"id": "d59-other-13", "kind": "other", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "outlook-en",
     "sender": "Mirjam Hoogendijk <m.hoogendijk@rivierenland-west-wo.nl>",
     "body": "Voordat ik bevestig: met wie worden mijn gegevens gedeeld? Krijgen andere leden mijn mailadres "
             "te zien, en hoe lang bewaart u ze? Onze FG vraagt dat standaard na.\n\nMirjam Hoogendijk"},
    # why: the assistant answers for her director and will first ask her; wait for the director
    {"id": "d59-other-14", "kind": "other", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "doorgestuurd",
     "sender": "Secretariaat Directie <secretariaat@werkorganisatie-zaanoever.nl>",
     "body": "Beste secretariaat,\n\nDit is het adres van mevrouw Groeneveld, ik beheer haar mailbox. Ik weet "
             "niet of zij zich zelf heeft aangemeld; ik leg het volgende week aan haar voor.\n\n"
             "Met vriendelijke groet,\nAnja"},
    # why: confirmation deferred until the MT decides; keep the sign-up pending and wait
    {"id": "d59-other-15", "kind": "other", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "notes-wrote",
     "sender": "Ruud Mertens <r.mertens@werkorganisatie-peelland-zuid.nl>",
     "body": "Ik bevestig zodra ons MT dinsdag heeft besloten wie van ons de vaste vertegenwoordiger in het "
             "netwerk wordt. Kan de referentie zo lang geldig blijven?\n\nRuud"},
    # why: denial that asks who signed them up; the secretariat looks it up and answers
    {"id": "d59-other-16", "kind": "other", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "gmail",
     "sender": "Koen Bakels <k.bakels@gemeente-oldambt-noord.nl>",
     "body": "Ik heb me nergens aangemeld. Van welk adres kwam deze aanmelding precies, en hoe komt u aan "
             "mijn gegevens?\n\nK. Bakels"},
    # why: reply to the wrong mail, an RSVP for someone else's regional day; tell them politely
    {"id": "d59-other-17", "kind": "other", "thread": C, "quoted": "herinnering_aanmelding",
     "quote": "outlook-nl",
     "sender": "Lieke Ramaker <l.ramaker@werkorganisatie-sallandse-heuvels.nl>",
     "body": "Hoi Ellen,\n\nJa, ik kom naar de regiodag in Zwolle op 14 april, met lunch graag!\n\nLieke"},
    # -- rsvp: the plain answers -----------------------------------------------------------------------------
    {"id": "d59-rsvp-01", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-lijn",
     "sender": "Bas Tromp <b.tromp@werkorganisatie-zeeuwse-eilanden.nl>",
     "body": "Goedemiddag,\n\nIk ben er op 11 maart graag bij.\n\nMet vriendelijke groet,\n\nBas Tromp\n"
             "algemeen directeur\nT 0111 - 45 30 20"},
    {"id": "d59-rsvp-02", "kind": "rsvp", "attending": False, "thread": R, "quoted": "herinnering_atelier",
     "quote": "outlook-en",
     "sender": "Rosalie Tjon-A-Fat <r.tjonafat@hartvanbrabant-wo.nl>",
     "body": "Hi, unfortunately something came up with our council and I won't be able to attend after all. "
             "Please give my seat to someone on the waiting list.\n\nRosalie"},
    {"id": "d59-rsvp-03", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "notes",
     "sender": "drs. H. Oosterbaan <h.oosterbaan@werkorganisatie-middenfriesland.nl>",
     "body": "Geacht secretariaat,\n\nTot mijn spijt ben ik op 11 maart verhinderd. In mijn plaats neemt onze "
             "concernmanager, mevrouw Femke Algra (f.algra@werkorganisatie-middenfriesland.nl), deel.\n\n"
             "Hoogachtend,\ndrs. H. Oosterbaan"},
    {"id": "d59-rsvp-04", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "groupwise",
     "sender": "Erik Jan Mulders <ej.mulders@kromme-rijn-wo.nl>",
     "body": "Ik kom, met 1 gast: Saskia Peeters, onze strategisch adviseur.\n\nEJ"},
    {"id": "d59-rsvp-05", "kind": "rsvp", "attending": True, "thread": T, "quoted": "oproep_themas",
     "quote": "apple",
     "sender": "Nadia el Idrissi <n.elidrissi@werkorganisatie-duinstreek.nl>",
     "body": "Een thema heb ik (nog) niet, maar ik kom in elk geval naar het atelier.\n\nNadia" + IPHONE},
    {"id": "d59-rsvp-06", "kind": "rsvp", "attending": True, "thread": I,
     "subject": "RE: Uitnodiging Leer- en inspireer-atelier 11 maart 2027",
     "sender": "Maarten Vos <m.vos@werkorganisatie-lopikerwaard.nl>",
     "body": "> Komt u? Beantwoord deze e-mail met \"ja, ik kom\" of \"nee, helaas\".\n\n"
             "Vorige week schreef ik nog nee, maar de raadsvergadering is verschoven. Dus: ja, toch wel.\n\n"
             "Maarten"},
    # -- other: atelier answers with a question or a condition ----------------------------------------------
    # why: attendance depends on an extra board meeting not yet known; wait for the definite answer
    {"id": "d59-other-18", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl",
     "sender": "Gert Hazeleger <g.hazeleger@werkorganisatie-veluwezoom.nl>",
     "body": "Beste Stan,\n\nOf ik kan komen hangt af van het algemeen bestuur: als dat op 11 maart een extra "
             "vergadering inlast, moet ik daar zijn. Begin maart weet ik meer; mag ik het dan laten weten?\n\n"
             "Groet,\nGert"},
    # why: a yes with parking and wheelchair access questions; someone must answer about the venue
    {"id": "d59-other-19", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "gmail",
     "sender": "Janine Stoop <j.stoop@werkorganisatie-krimpenerwaard-oost.nl>",
     "body": "Ik wil graag komen. Is er parkeerruimte bij het Stadskantoor, en is de zaal goed bereikbaar met "
             "een rolstoel? Ik ben sinds een operatie slecht ter been.\n\nJanine Stoop"},
    # why: asks about a fee and where the invoice goes; the secretariat answers money questions
    {"id": "d59-other-20", "kind": "other", "thread": I,
     "subject": "RE: Uitnodiging atelier",
     "sender": "Peter Hoekman <p.hoekman@werkorganisatie-ijsselvallei.nl>",
     "body": "> Komt u? Beantwoord deze e-mail met \"ja, ik kom\" of \"nee, helaas\".\n\n"
             "Waarschijnlijk wel. Is er een eigen bijdrage? Zo ja: onze facturen moeten naar "
             "crediteuren@werkorganisatie-ijsselvallei.nl met een inkoopordernummer, dat ik dan eerst moet "
             "aanvragen.\n\nPeter"},
    # why: wants a certificate of attendance for accreditation before deciding; a person must answer
    {"id": "d59-other-21", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-lijn",
     "sender": "Marloes Kerkhof <m.kerkhof@werkorganisatie-brabantse-wal.nl>",
     "body": "Goedemorgen,\n\nKrijgen deelnemers na afloop een bewijs van deelname? Ik heb dat nodig voor mijn "
             "permanente-educatiepunten als register-bestuurskundige. Als dat kan, schrijf ik me in.\n\n"
             "Met vriendelijke groet,\nMarloes Kerkhof"},
    # why: wants to know who else comes before deciding; answer with the list, if that is allowed
    {"id": "d59-other-22", "kind": "other", "thread": R, "quoted": "herinnering_atelier",
     "quote": "notes-wrote",
     "sender": "Dirk Westra <d.westra@werkorganisatie-noorderzijlvest.nl>",
     "body": "Wie komen er eigenlijk nog meer uit Groningen en Drenthe? Dan kunnen we misschien samen rijden. "
             "Als er niemand uit het noorden komt, twijfel ik nog of ik de reis maak.\n\nDirk"},
    # why: asks whether the deputy may come along; the secretariat decides who is admitted
    {"id": "d59-other-23", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "ongemarkeerd",
     "sender": "Sabine Vreugdenhil <s.vreugdenhil@westland-delfland-wo.nl>",
     "body": "Mag mijn adjunct-directeur ook mee, of is het atelier strikt voor directeuren? Mag zij niet, dan kom ik "
             "zelf waarschijnlijk ook niet, want we delen de portefeuille.\n\nSabine"},
    # why: enrols a colleague for the atelier who does not know it yet; he must answer himself
    {"id": "d59-other-24", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl",
     "sender": "Hans Buitenhuis <h.buitenhuis@werkorganisatie-graafschap.nl>",
     "body": "Hoi,\n\nZelf ben ik er niet, maar schrijf mijn collega Ruben Jansen (directeur van de buurfusie) "
             "maar in. Hij weet het nog niet, maar dit is echt iets voor hem. Ik zeg het hem morgen.\n\n"
             "Hans"},
    # why: English yes that depends on the board's approval of travel; wait for Friday's answer
    {"id": "d59-other-25", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-en",
     "sender": "Anouk Brouwers <a.brouwers@shared-services-dommelvallei.nl>",
     "body": "Provided our executive board signs off on the travel budget on Friday, count me in. I'll confirm "
             "once I have the green light.\n\nBest, Anouk" + DISCLAIMER_EN},
    # why: mixed-language yes that depends on a flight; the answer is not final
    {"id": "d59-other-26", "kind": "other", "thread": R, "quoted": "herinnering_atelier",
     "quote": "gmail",
     "sender": "Thijs de Bruijn <t.debruijn@werkorganisatie-altena-noord.nl>",
     "body": "Ik zou heel graag komen, but I'm only back in NL on the 11th if the morning flight from Lissabon "
             "isn't cancelled again. Hou mijn plek aub vast, ik laat het de 10e weten.\n\nThijs" + OUTLOOK_IOS},
    # why: reply to the wrong mail (a signed quotation for another party); tell the sender
    {"id": "d59-other-27", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl",
     "sender": "Willemijn Hakkert <w.hakkert@werkorganisatie-goeree.nl>",
     "body": "Beste Jochem,\n\nHierbij de getekende offerte voor het traject teamcoaching. Akkoord met start "
             "in april zoals besproken.\n\nGroet,\nWillemijn"},
    # why: asks how online participation works instead of answering; a person explains
    {"id": "d59-other-28", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "apple",
     "sender": "Bram Everts <b.everts@werkorganisatie-schouwen.nl>",
     "body": "kan ik ook alleen online meedoen? en is het dan ook interactief of alleen kijken? anders kom ik "
             "liever een volgende keer fysiek\n\nbram" + IPHONE},
    # why: asks to move the date for their councils; the secretariat weighs it
    {"id": "d59-other-29", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "notes",
     "sender": "drs. C.W. van Lith <c.vanlith@werkorganisatie-betuwe-oost.nl>",
     "body": "Geacht secretariaat,\n\nOp 11 maart vergaderen drie van onze vier raden. Is het denkbaar het "
             "atelier een week op te schuiven? Dan kan ik, en vermoedelijk ook enkele collega's uit de "
             "regio, wel aanwezig zijn.\n\nHoogachtend,\nC.W. van Lith"},
    # why: a member asks whether an earlier registration arrived; check the list and answer
    {"id": "d59-other-30", "kind": "other", "thread": None,
     "subject": "Sta ik op de lijst voor 11 maart?",
     "sender": "Karin Mollema <k.mollema@werkorganisatie-hunzeland.nl>",
     "body": "Hallo,\n\nVorige week heb ik me voor het atelier opgegeven, maar ik heb geen bevestiging "
             "gekregen. Is mijn mail wel aangekomen? Ik wil niet voor niets naar Utrecht rijden.\n\n"
             "Groet, Karin"},
    # why: writer reads mail only after the deadline and will answer later; nothing to record yet
    {"id": "d59-other-31", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-lijn",
     "sender": "Roel Hartgers <r.hartgers@werkorganisatie-gooi-vecht.nl>",
     "body": "Even snel vanaf vakantieadres: ik lees mijn mail pas weer na 1 maart. Als het dan nog kan, "
             "reageer ik op de uitnodiging. Als de lijst dan vol is, hoor ik dat graag.\n\nRoel" + SAMSUNG},
    # why: reply to the cancellation with a question about the new date; a person answers
    {"id": "d59-other-32", "kind": "other", "thread": None, "quoted": "annulering_atelier", "quote": "gmail",
     "sender": "Evelien Kok <e.kok@werkorganisatie-waterland-noord.nl>",
     "body": "Jammer! Wordt de nieuwe datum weer op een donderdag? Dan ben ik er niet, op donderdag heb ik "
             "vast collegeoverleg.\n\nEvelien"},
    # why: questions about the new venue and whether to re-register; someone explains
    {"id": "d59-other-33", "kind": "other", "thread": None, "quoted": "wijziging_atelier",
     "quote": "outlook-nl",
     "sender": "Jasper Ruiters <j.ruiters@werkorganisatie-maasduinen.nl>",
     "body": "Goedemiddag,\n\nIs het Provinciehuis goed met het OV te bereiken? En blijf ik automatisch "
             "aangemeld op de nieuwe datum, of moet ik me opnieuw inschrijven?\n\nMvg Jasper Ruiters"},
    # -- unsubscribe: the plain leaves -----------------------------------------------------------------------
    {"id": "d59-unsubscribe-01", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": "Afmelden netwerk i.v.m. pensioen",
     "sender": "Jan-Willem Doornbos <jw.doornbos@werkorganisatie-fivelingo.nl>",
     "body": "Beste secretariaat,\n\nPer 1 april ga ik met pensioen. Wilt u mij per die datum uitschrijven "
             "als lid? Dank voor de mooie ateliers van de afgelopen jaren.\n\nHartelijke groet,\n"
             "Jan-Willem Doornbos"},
    {"id": "d59-unsubscribe-02", "kind": "unsubscribe", "erase": True, "thread": W, "quoted": "welkom",
     "quote": "outlook-en",
     "sender": "Linda Hofstra <l.hofstra@werkorganisatie-drachten-oost.nl>",
     "body": "Please remove me from your network and erase all personal data you hold about me, in accordance "
             "with the GDPR (article 17). A short confirmation would be appreciated.\n\nLinda Hofstra"},
    {"id": "d59-unsubscribe-03", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": "Overdracht lidmaatschap",
     "sender": "Michiel Broekhuizen <m.broekhuizen@werkorganisatie-zuidplas-oost.nl>",
     "body": "Geacht secretariaat,\n\nIk vertrek per 1 mei naar de provincie. Mijn opvolger, Eva Lindeman "
             "(e.lindeman@werkorganisatie-zuidplas-oost.nl), neemt mijn plaats in het netwerk over.\n\n"
             "Met vriendelijke groet,\nMichiel Broekhuizen" + DISCLAIMER},
    {"id": "d59-unsubscribe-04", "kind": "unsubscribe", "erase": False, "thread": C,
     "quoted": "bevestiging_aanmelding", "quote": "outlook-lijn",
     "sender": "Geert Lammers <g.lammers@werkorganisatie-oostgelre.nl>",
     "body": "Niet door mij aangevraagd, graag intrekken.\n\nG. Lammers"},
    {"id": "d59-unsubscribe-05", "kind": "unsubscribe", "erase": False, "thread": I,
     "quoted": "uitnodiging_atelier", "quote": "notes-wrote",
     "sender": "Ria Westerhof <r.westerhof@werkorganisatie-emmen-zuid.nl>",
     "body": "Ik kom niet, en eerlijk gezegd wil ik ook geen lid meer zijn: onze organisatie wordt ontvlochten "
             "en mijn functie vervalt. Haalt u mij van de ledenlijst?\n\nRia Westerhof"},
    {"id": "d59-unsubscribe-06", "kind": "unsubscribe", "erase": False, "thread": R,
     "quoted": "herinnering_atelier", "quote": "doorgestuurd",
     "sender": "tom verheul <t.verheul@werkorganisatie-deurne-oost.nl>",
     "body": "haal me maar van jullie lijst, ben per 1 mei weg hier. groet tom" + IPHONE},
    # -- other: leaves that need a person -------------------------------------------------------------------
    # why: leave for a colleague who has left, no successor; the secretariat checks with her first
    {"id": "d59-other-34", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
     "sender": "Personeelszaken <pz@werkorganisatie-lingewaal-noord.nl>",
     "body": "Geachte heer/mevrouw,\n\nMevrouw Schipper, aan wie deze uitnodiging gericht was, is per 1 "
             "februari uit dienst. Wie haar opvolgt is nog niet bekend. Wilt u haar van uw lijsten "
             "verwijderen?\n\nMet vriendelijke groet,\nafdeling Personeelszaken"},
    # why: leaving plus a question about an atelier invoice; answer the invoice question
    {"id": "d59-other-35", "kind": "other", "thread": R, "quoted": "herinnering_atelier", "quote": "outlook-en",
     "sender": "Marco Spierings <m.spierings@werkorganisatie-meierij-west.nl>",
     "body": "Hallo,\n\nIk wil me afmelden bij het netwerk. Maar ik had me voor het atelier van 11 maart "
             "opgegeven met een gast: krijgen we daar nog een rekening voor als we nu wegblijven?\n\nMarco"},
    # why: leave that depends on a future decision on disentangling; note it and wait
    {"id": "d59-other-36", "kind": "other", "thread": None,
     "subject": "mogelijk afmelding",
     "sender": "Hester Brons <h.brons@werkorganisatie-loosdrecht-vecht.nl>",
     "body": "Beste secretariaat,\n\nDe raden besluiten in juni over het beëindigen van onze ambtelijke "
             "fusie. Gaat het door, dan meld ik me af; zo niet, dan blijf ik lid. Ik laat het u na de "
             "besluitvorming weten.\n\nMet vriendelijke groet,\nHester Brons"},
    # why: a leave meant for another list (the province's newsletter); tell them they wrote to the wrong place
    {"id": "d59-other-37", "kind": "other", "thread": None,
     "subject": "Uitschrijven nieuwsbrief Provincie",
     "sender": "Erwin Dekkers <e.dekkers@gemeente-hollands-kroon-zuid.nl>",
     "body": "Graag wil ik mij uitschrijven voor de nieuwsbrief 'Omgevingsvisie in uitvoering' van de "
             "provincie. De afmeldlink onderaan werkt niet.\n\nE. Dekkers"},
    # why: protests an unexpected leave and asks what happened; investigate before restoring
    {"id": "d59-other-38", "kind": "other", "thread": G, "quoted": "afmelding_bevestigd", "quote": "gmail",
     "sender": "Nicole Ververs <n.ververs@werkorganisatie-land-van-cuijk-oost.nl>",
     "body": "Ik heb me helemaal niet afgemeld! Wie heeft dat gedaan, en vanaf welk adres? Ik wil graag "
             "weten wat hier is gebeurd voordat ik iets terugzet.\n\nNicole Ververs"},
    # why: asks whether the successor may be named later; a person answers and follows up
    {"id": "d59-other-39", "kind": "other", "thread": G, "quoted": "afmelding_bevestigd", "quote": "outlook-nl",
     "sender": "Rob Pijnenburg <r.pijnenburg@werkorganisatie-oisterwijk-haaren.nl>",
     "body": "Dank voor de bevestiging. Mijn opvolger wordt pas in de zomer benoemd; mag ik zijn naam en "
             "adres dan nog doorgeven, of moet hij zich zelf melden?\n\nRob"},
    # why: a colleague reports someone left, no successor named; the secretariat checks the member
    {"id": "d59-other-40", "kind": "other", "thread": T, "quoted": "oproep_themas", "quote": "groupwise",
     "sender": "Johan Kamminga <j.kamminga@werkorganisatie-westerwolde-zuid.nl>",
     "body": "Beste,\n\nDeze mail was voor onze vorige directeur, Geesje Boer. Zij is met ziekteverlof en keert "
             "waarschijnlijk niet terug. Ik weet nog niet wie haar vervangt.\n\nJohan Kamminga\n"
             "teamleider bestuursondersteuning"},
    # why: new address after a merger; address changes go through the secretariat
    {"id": "d59-other-41", "kind": "other", "thread": None,
     "subject": "Nieuw mailadres per 1 april",
     "sender": "Anton Heijmans <a.heijmans@werkorganisatie-bommelerwaard.nl>",
     "body": "Goedemorgen,\n\nOnze werkorganisatie gaat op in een grotere fusie. Vanaf 1 april is mijn adres "
             "a.heijmans@maas-en-waal-wo.nl; het oude adres werkt nog tot de zomer. Willen jullie dat "
             "aanpassen?\n\nGroet, Anton"},
    # why: complaint about spam filtering and attachments; a person looks into delivery
    {"id": "d59-other-42", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "ongemarkeerd",
     "sender": "Natasja Bloemendaal <n.bloemendaal@werkorganisatie-weert-noord.nl>",
     "body": "Jullie mails komen steeds in mijn spam terecht en de agendabijlage wordt door onze ICT "
             "geblokkeerd. Kunnen jullie de uitnodiging op een andere manier sturen?"},
    # -- suggestion: the plain proposals ---------------------------------------------------------------------
    {"id": "d59-suggestion-01", "kind": "suggestion", "themes": ["samenwerking"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-nl",
     "sender": "Wendy Kramer <w.kramer@werkorganisatie-alblasserwaard.nl>",
     "body": "Goedemiddag,\n\nIk zou graag praten over de verhouding tussen de deelnemende gemeenten als één "
             "ervan veel groter is dan de andere: hoe voorkom je dat de kleine gemeenten zich ondergesneeuwd "
             "voelen?\n\nMet vriendelijke groet,\nWendy Kramer"},
    {"id": "d59-suggestion-02", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "notes",
     "sender": "ing. R. Holtkamp <r.holtkamp@werkorganisatie-berkelland-oost.nl>",
     "body": "Voorstel: de digitalisering van onze werkprocessen en wat dat betekent voor de formatie. Wij "
             "lopen vast op dubbele systemen uit de tijd van vóór de fusie.\n\nR. Holtkamp"},
    {"id": "d59-suggestion-03", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-en",
     "sender": "Anouk Brouwers <a.brouwers@shared-services-dommelvallei.nl>",
     "body": "Suggestion for the agenda: how do you monitor the quality of services to residents and local "
             "businesses across several municipalities, and do you publish those figures?\n\nAnouk"},
    {"id": "d59-suggestion-04", "kind": "suggestion", "themes": ["strategie"], "thread": T,
     "quoted": "oproep_themas", "quote": "apple",
     "sender": "Dick Voorthuis <d.voorthuis@werkorganisatie-eemvallei.nl>",
     "body": "mijn thema: waar staat onze organisatie over tien jaar? langetermijnvisie, nu ieder college "
             "alleen tot de volgende verkiezingen kijkt\n\ndick" + IPHONE},
    {"id": "d59-suggestion-05", "kind": "suggestion", "themes": ["organisatie", "dienstverlening"], "thread": T,
     "quoted": "vervolg_atelier", "quote": "outlook-lijn",
     "sender": "Saskia van Wingerden <s.vanwingerden@werkorganisatie-utrechtse-heuvelrug-zuid.nl>",
     "body": "Dank voor de fijne middag! Voor de volgende keer stel ik voor: ons sturingsconcept, en hoe we "
             "daarmee de dienstverlening aan ondernemers sneller en beter maken.\n\nSaskia"},
    {"id": "d59-suggestion-06", "kind": "suggestion", "themes": ["samenwerking"], "thread": T,
     "quoted": "vervolg_atelier", "quote": "gmail",
     "sender": "Gijs Terpstra <g.terpstra@werkorganisatie-sudwest-fryslan-noord.nl>",
     "body": "Liever niet weer over financiën, dat hadden we vorig jaar al. Mijn voorkeur: de gezamenlijke "
             "opgaven van onze gemeenten, zoals de energietransitie, en hoe je die samen oppakt terwijl "
             "ieder college eigen ambities heeft.\n\nGr. Gijs"},
    # -- other: proposals that are pitches, complaints or questions ------------------------------------------
    # why: a supplier offers to present its product; the secretariat decides about pitches
    {"id": "d59-other-43", "kind": "other", "thread": None,
     "subject": "Suggestie voor uw atelier: zaakgericht werken",
     "sender": "Marcel Roos <marcel.roos@procesgemak-software.nl>",
     "body": "Geachte organisatoren,\n\nAls leverancier van zaaksystemen voor gemeenten verzorgen wij graag "
             "een presentatie over digitalisering van werkprocessen tijdens uw volgende atelier. Uiteraard "
             "kosteloos. Mag ik u bellen om de mogelijkheden te bespreken?\n\nMet vriendelijke groet,\n"
             "Marcel Roos\naccountmanager overheid\n030 - 610 22 45"},
    # why: a complaint about the time slot worded as a suggestion; the planning is the secretariat's
    {"id": "d59-other-44", "kind": "other", "thread": T, "quoted": "oproep_themas", "quote": "outlook-lijn",
     "sender": "Frank Ottens <f.ottens@werkorganisatie-tielerwaard.nl>",
     "body": "Mijn suggestie: stop met ateliers op donderdagmiddag. Voor directeuren met vier colleges is dat "
             "precies de slechtste middag van de week. Ik heb dit al vaker gezegd.\n\nFrank Ottens"},
    # why: compliment with a request for the report as a pdf; someone sends it or answers
    {"id": "d59-other-45", "kind": "other", "thread": T, "quoted": "vervolg_atelier", "quote": "apple",
     "sender": "Hanneke Ploeg <h.ploeg@werkorganisatie-noordwest-veluwe.nl>",
     "body": "Complimenten voor de organisatie, echt een inspirerende middag. Klein voorstel: kunnen jullie het "
             "verslag ook als pdf sturen? De link opent niet op onze beveiligde laptops.\n\nHanneke"},
    # why: asks for a speaker's slides; a person sends them if allowed
    {"id": "d59-other-46", "kind": "other", "thread": T, "quoted": "vervolg_atelier", "quote": "outlook-nl",
     "sender": "Ronald Siebers <r.siebers@werkorganisatie-echt-roerdalen.nl>",
     "body": "Goedemorgen,\n\nWilt u mij de presentatie van de tweede spreker toesturen? Ik wil die graag "
             "met ons MT delen.\n\nMet vriendelijke groet,\nRonald Siebers"},
    # why: only thanks; nothing to record, a person may read it
    {"id": "d59-other-47", "kind": "other", "thread": T, "quoted": "vervolg_atelier", "quote": "groupwise",
     "sender": "marieke dros <m.dros@werkorganisatie-aa-en-maas.nl>",
     "body": "dank jullie wel, was een topmiddag!! tot de volgende keer\n\nmarieke" + SAMSUNG},
    # why: asks whether the earlier topic arrived; check the tally and answer
    {"id": "d59-other-48", "kind": "other", "thread": None,
     "subject": "mijn themavoorstel van november?",
     "sender": "Leon Martens <l.martens@werkorganisatie-zundert-rucphen.nl>",
     "body": "Beste secretariaat,\n\nIn november stuurde ik een voorstel voor een thema, maar ik heb er niets "
             "meer over gehoord en geen bedankje gekregen. Is het wel aangekomen? Het ging over de "
             "informatievoorziening aan de raden.\n\nMet vriendelijke groet,\nLeon Martens"},
    # why: a topic plus an offer to introduce it and a question about time; the secretariat plans speakers
    {"id": "d59-other-49", "kind": "other", "thread": T, "quoted": "oproep_themas", "quote": "notes-wrote",
     "sender": "Petra Zwiers <p.zwiers@werkorganisatie-voorne-oost.nl>",
     "body": "Wij hebben net een nieuw sturingsmodel ingevoerd en zouden dat graag zelf komen toelichten. "
             "Hoeveel tijd zouden we krijgen, en is er een beamer? Dan stem ik het af met mijn "
             "concerncontroller.\n\nPetra Zwiers"},
    # why: asks whether topics may come from the whole MT and weigh more; a question on the procedure
    {"id": "d59-other-50", "kind": "other", "thread": T, "quoted": "oproep_themas", "quote": "doorgestuurd",
     "sender": "Arjen Bosma <a.bosma@werkorganisatie-oost-groningen-zuid.nl>",
     "body": "Kan ik ook thema's inbrengen namens ons hele MT? En tellen die dan zwaarder mee dan die van één "
             "directeur? Dan verzamel ik ze eerst intern.\n\nArjen"},
    # why: a short question about the cost; answer it
    {"id": "d59-other-51", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "gmail",
     "sender": "kees de wit <k.dewit@werkorganisatie-zeewolde-noord.nl>",
     "body": "wat kost dat atelier eigenlijk, zit er een lunch bij?" + IPHONE},
    # why: asks to correct the spelling of her name; the secretariat edits the record
    {"id": "d59-other-52", "kind": "other", "thread": W, "quoted": "welkom", "quote": "outlook-lijn",
     "sender": "Sevgi Yıldırım-de Groot <s.yildirim@werkorganisatie-lansingerland-oost.nl>",
     "body": "Dank voor het welkom! Mijn achternaam is wel Yıldırım-de Groot, met de Turkse ı. Willen jullie "
             "dat aanpassen in jullie bestand?\n\nSevgi"},
    # -- autoreply: automatic answers -----------------------------------------------------------------------
    {"id": "d59-autoreply-01", "kind": "autoreply", "thread": I, "headers": {"Auto-Submitted": "auto-replied"},
     "subject": "Automatisch antwoord: Uitnodiging Leer- en inspireer-atelier 11 maart 2027",
     "sender": "Bas Tromp <b.tromp@werkorganisatie-zeeuwse-eilanden.nl>",
     "body": "Dank voor uw bericht. Ik ben tot en met 22 februari afwezig en lees mijn e-mail niet. Voor "
             "dringende zaken kunt u contact opnemen met het bestuurssecretariaat, 0111 - 45 30 00."},
    {"id": "d59-autoreply-02", "kind": "autoreply", "thread": T,
     "headers": {"X-Auto-Response-Suppress": "All", "Precedence": "auto_reply"},
     "subject": "Out of Office: Welke thema's wilt u bespreken?",
     "sender": "Anouk Brouwers <a.brouwers@shared-services-dommelvallei.nl>",
     "body": "I am out of the office until Monday 8 February with limited access to e-mail. For urgent "
             "matters, please contact my office manager at office@shared-services-dommelvallei.nl."},
    {"id": "d59-autoreply-03", "kind": "autoreply", "thread": R, "headers": {"Auto-Submitted": "auto-generated"},
     "subject": "Dit e-mailadres is niet meer in gebruik",
     "sender": "Postmaster <noreply@werkorganisatie-bommelerwaard.nl>",
     "body": "Dit is een automatisch bericht.\n\nWerkorganisatie Bommelerwaard is per 1 januari opgegaan in "
             "Maas en Waal Werkorganisatie. Dit e-mailadres wordt niet meer gelezen. Stuur uw bericht "
             "opnieuw naar het algemene adres info@maas-en-waal-wo.nl."},
    {"id": "d59-autoreply-04", "kind": "autoreply", "thread": None, "headers": {"Auto-Submitted": "auto-replied"},
     "subject": "Uw bericht is ontvangen [zaaknummer Z-2027-004812]",
     "sender": "Klantcontact <noreply@werkorganisatie-deventer-olst.nl>",
     "body": "Geachte afzender,\n\nUw bericht is ontvangen en geregistreerd onder zaaknummer Z-2027-004812. "
             "Wij streven ernaar uw bericht binnen vijf werkdagen af te handelen.\n\nMet vriendelijke groet,\n"
             "Team Klantcontact"},
    {"id": "d59-autoreply-05", "kind": "autoreply", "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "ongemarkeerd",
     "subject": "Automatisch antwoord: Uitnodiging Leer- en inspireer-atelier 11 maart 2027",
     "sender": "Janine Stoop <j.stoop@werkorganisatie-krimpenerwaard-oost.nl>",
     "body": "Ik ben afwezig tot en met vrijdag 5 maart. Uw bericht wordt niet doorgestuurd."},
    {"id": "d59-autoreply-06", "kind": "autoreply", "thread": T, "headers": {"Auto-Submitted": "auto-replied"},
     "subject": "Automatisch antwoord: Welke thema's wilt u bespreken?",
     "sender": "Hidde Scholten <h.scholten@twentezuid-wo.nl>",
     "body": "Ik ben met verlof tot 1 maart. Voor aanmeldingen en afmeldingen voor de raadsinformatieavonden "
             "kunt u terecht bij de griffie, griffie@twentezuid.nl. Andere berichten lees ik na terugkomst."},
    # -- other: people who write about their own absence, by hand --------------------------------------------
    # why: an assistant, by hand, asks to keep her director on during leave; the secretariat answers
    {"id": "d59-other-53", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
     "sender": "Secretariaat directie <directiesecretariaat@werkorganisatie-waalwijk-heusden.nl>",
     "body": "Goedemiddag,\n\nMevrouw De Rooij is met zwangerschapsverlof tot half april. Kunt u de "
             "uitnodiging voor het volgende atelier naar haar sturen en deze keer haar plek niet laten "
             "vervallen?\n\nMet vriendelijke groet,\nMonique\ndirectiesecretaresse"},
    # why: a colleague reports the director's retirement without a successor's own request; ask the member
    {"id": "d59-other-54", "kind": "other", "thread": R, "quoted": "herinnering_atelier", "quote": "notes",
     "sender": "Bestuurssecretariaat <bestuurssecretariaat@werkorganisatie-oude-ijsselstreek.nl>",
     "body": "Geachte heer, mevrouw,\n\nOnze directeur, de heer Van Lent, is vorige maand met pensioen gegaan. "
             "Zijn interim-opvolger heet Mark Teunissen; mogelijk wilt u hem uitnodigen. Ik heb zijn "
             "toestemming niet gevraagd om zijn adres door te geven.\n\nMet vriendelijke groet,\n"
             "Bestuurssecretariaat"},
]
# fmt: on
