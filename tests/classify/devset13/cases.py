"""The thirteenth labelled set's cases (issue 17): written without reading the classifier, each labelled as the
secretariat should treat it; cases that could not be labelled with confidence were left out.

All atelier mails (invitation, reminder, change, waiting list, free seat, substitute invitation) reach ingest as the
thread ``invitation`` or ``reminder``; replies to the call for themes carry ``call_for_themes``. A director who
cannot come but sends a substitute is an RSVP with ``attending`` False; a reply that changes an earlier answer is
labelled with the latest answer; a tentative or conditional answer that a person must weigh is ``other``. An
automatic reply is ``autoreply`` whatever it quotes; a person who writes that he or she is away that day, in reply to
the invitation, declines (``rsvp`` False). Signing up a named colleague with the colleague's own address is
``subscribe``. Inline answers carry our quoted lines in ``body`` themselves and no ``quoted``.
"""

from __future__ import annotations

from typing import Any

I = "invitation"  # noqa: E741
R = "reminder"
T = "call_for_themes"
C = "confirmation"
W = "welcome"

INV = "Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid [atelier:2027-1]"
REM = "Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]"
CHG = "Gewijzigd: Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]"
WAIT = "U staat op de wachtlijst voor het atelier van 11 maart 2027 [atelier:2027-1]"
SEAT = "Er is een plaats vrij: Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]"
SUBST = "Namens Dirk Smit: uitnodiging Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]"
CALL = "Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]"

IPHONE = "\n\nSent from my iPhone"
IPHONE_NL = "\n\nVerstuurd vanaf mijn iPhone"
OUTLOOK_IOS = "\n\nGet Outlook for iOS"
SAMSUNG = "\n\nVerzonden vanaf mijn Galaxy"
DISCLAIMER = (
    "\n\nDISCLAIMER: This e-mail and any attachments are confidential and intended solely for the addressee. "
    "Aan dit bericht kunnen geen rechten worden ontleend."
)
AUTO = {"Auto-Submitted": "auto-replied"}
AUTO_GEN = {"Auto-Submitted": "auto-generated"}
XAUTO = {"X-Autoreply": "yes"}
PREC = {"Precedence": "auto_reply"}
PREC_BULK = {"Precedence": "bulk"}
SUPPRESS = {"X-Auto-Response-Suppress": "All"}
MS_AUTO = {"X-Auto-Response-Suppress": "DR, RN, NRN, OOF, AutoReply", "Auto-Submitted": "auto-replied"}

# fmt: off
CASES: list[dict[str, Any]] = [
    # -- RSVP: invitation ------------------------------------------------------------------------------------
    {"id": "d13-rsvp-01", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-en", "sender": "Hannah Wijnberg <h.wijnberg@werkorganisatie-lekdijk.nl>",
     "body": "Count me in! Looking forward to it.\n\nBest, Hannah" + IPHONE},
    {"id": "d13-rsvp-02", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "gmail", "sender": "Ruben Ostendorp <r.ostendorp@ambtelijkeorganisatie-rijnveld.nl>",
     "body": "Unfortunately I'm away that day, we're on a study trip with the college to Copenhagen. "
             "Succes ermee!\n\nRuben"},
    {"id": "d13-rsvp-03", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "sender": "Ingrid Boschma <i.boschma@gr-zuidwoude.nl>",
     "body": "Beste Stan en Melanie,\n\nIk kom graag, maar ik moet om 16.00 uur weg voor een bestuurlijk overleg "
             "in Gouda. Het eerste deel wil ik in elk geval niet missen.\n\nHartelijke groet,\n\nIngrid Boschma\n"
             "Algemeen directeur GR Zuidwoude\nT 0182 - 39 44 10"},
    {"id": "d13-rsvp-04", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "apple", "sender": "Thijs Aardema <thijs.aardema@dewerkorganisatie-oosterheide.nl>",
     "body": "Yes, I'll be there - with two colleagues: Petra Lunenburg (strategisch adviseur) and "
             "Koen de Raadt (concerncontroller). So three of us in total." + IPHONE},
    {"id": "d13-rsvp-05", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-lijn", "sender": "Wendela Kamphuis <w.kamphuis@samenwerking-veluwezoom.nl>",
     "body": "Goedemorgen,\n\nZelf zit ik die middag vast aan een raadsinformatieavond. Mijn plaatsvervanger "
             "Joost Heerkens komt in mijn plaats (j.heerkens@samenwerking-veluwezoom.nl).\n\nMet vriendelijke "
             "groet,\nWendela Kamphuis\ngemeentesecretaris/algemeen directeur"},
    {"id": "d13-rsvp-06", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "notes", "sender": "Gerard Holtkamp <G.Holtkamp@dinkelland-tubbergen-werkorg.nl>",
     "body": "Helaas, ik kan er niet bij zijn. Wel heel benieuwd naar het verslag.\n\nG. Holtkamp"},
    {"id": "d13-rsvp-07", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "doorgestuurd", "sender": "Anja Postma <secretariaat.directie@werkorganisatie-hunzedal.nl>",
     "body": "Goedemiddag,\n\nNamens de heer Van Loon laat ik u weten dat hij graag aanwezig is op 11 maart. "
             "Ik heb het in zijn agenda gezet.\n\nMet vriendelijke groet,\nAnja Postma\n"
             "managementassistent directie"},
    {"id": "d13-rsvp-08", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "sender": "Secretariaat directie <directiesecretariaat@de-kempenwerkt.nl>",
     "body": "Beste secretariaat,\n\nMevrouw Verhoeven heeft mij gevraagd u te laten weten dat zij op 11 maart "
             "helaas verhinderd is in verband met een werkbezoek van de provincie.\n\nVriendelijke groet,\n"
             "Loes van Dijk\nbestuurssecretariaat"},
    {"id": "d13-rsvp-09", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "groupwise", "sender": "Marten Tjalsma <m.tjalsma@werkorganisatie-waadhoeke-harlingen.nl>",
     "body": "Ja hoor, ik sluit aan. Ik kom wel wat later binnen, rond half drie, vanwege een overleg met de "
             "ondernemingsraad.\n\nMarten"},
    {"id": "d13-rsvp-10", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-en", "sender": "Priya Ramdin <p.ramdin@serviceorganisatie-delfland.nl>",
     "body": "Dear Stan, dear Melanie,\n\nThank you for the kind invitation. Regrettably I have to decline: the "
             "budget debate in one of our councils was moved to that very afternoon.\n\nKind regards,\n"
             "Priya Ramdin\nDirector, Serviceorganisatie Delfland" + DISCLAIMER},
    {"id": "d13-rsvp-11", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "ongemarkeerd", "sender": "j.vermeulen@bel-combinatie-werkt.nl",
     "body": "ja ik kom, met 1 collega (Nadia el Amrani, HR)"},
    {"id": "d13-rsvp-12", "kind": "rsvp", "attending": False, "thread": I, "subject": "RE: " + INV,
     "sender": "Bart Nijenhuis <b.nijenhuis@werkorganisatie-berkelstroom.nl>",
     "body": "> Komt u? Beantwoord deze e-mail met \"ja, ik kom\" of \"nee, helaas\".\n\nNope, helaas.\n\n"
             "> Kunt u zelf niet, maar komt een collega in uw plaats? Noem dan zijn of haar naam en e-mailadres.\n\n"
             "Onze loco, Femke Ruiter, f.ruiter@werkorganisatie-berkelstroom.nl, neemt het over.\n\nBart"},
    {"id": "d13-rsvp-13", "kind": "rsvp", "attending": True, "thread": I, "subject": "RE: " + INV,
     "sender": "Lotte Scheepstra <lotte.scheepstra@oldambt-pekela-werkorg.nl>",
     "body": "> Komt u? Beantwoord deze e-mail met \"ja, ik kom\" of \"nee, helaas\".\nja, ik kom\n"
             "> Neemt u iemand mee, vermeld dan met hoeveel personen u komt.\nwe zijn met z'n tweeën\n\nLotte"},
    {"id": "d13-rsvp-14", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "gmail", "sender": "Dieter Vos <dieter.vos@grenslandwerkt.nl>",
     "body": "Hi all, I was going to say yes but the agenda just filled up with a crisis meeting on the "
             "jeugdzorg contracts. So it's a no from me this time, sorry!\n\nDieter"},
    {"id": "d13-rsvp-15", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "notes-wrote", "sender": "Cor Blankenstijn <c.blankenstijn@ambtelijkedienst-krimpenerwaard.nl>",
     "body": "Eerder meldde ik me af, maar de raadsvergadering is verzet. Ik kan dus toch komen, graag weer op de "
             "lijst.\n\nCor Blankenstijn"},
    {"id": "d13-rsvp-16", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "sender": "Yvonne Brakel <y.brakel@werkorganisatie-duinstreek.nl>",
     "body": "Hallo,\n\nVorige week gaf ik door dat ik zou komen. Inmiddels is duidelijk dat ik die week met "
             "verlof ben (de schoolvakantie is verschoven). Wilt u mij weer afmelden voor het atelier? Mijn "
             "plek kan naar iemand anders.\n\nGroet,\nYvonne"},
    {"id": "d13-rsvp-17", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-en", "sender": "Samira Bouzidi <s.bouzidi@werkorganisatie-amstelgein.nl>",
     "body": "Ja, graag! I'll join in person. Vegetarisch graag als er iets te eten is.\n\nSamira" + OUTLOOK_IOS},
    {"id": "d13-rsvp-18", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "apple", "sender": "Henk-Jan Smeenk <hj.smeenk@achterhoekwerkt.nl>",
     "body": "Mooi initiatief. Ik ben present, samen met mijn collega-directeur Miriam Tolkamp." + IPHONE_NL},
    {"id": "d13-rsvp-19", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-lijn", "sender": "Frans Leijten <f.leijten@peelenmaas-werkorganisatie.nl>",
     "body": "Hoi,\n\nOp 11 maart zit ik in het buitenland, ik ben er die dag dus niet. Volgende keer beter.\n\n"
             "Hiel gooj,\nFrans"},
    {"id": "d13-rsvp-20", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "doorgestuurd", "sender": "Erik Mollema <e.mollema@werkorganisatie-hunzedal.nl>",
     "body": "Dank Anja. Ja, ik ga. Stan, Melanie: tot de 11e!\n\nErik"},
    {"id": "d13-rsvp-21", "kind": "rsvp", "attending": True, "thread": I,
     "subject": "Accepted: " + INV, "headers": AUTO_GEN,
     "sender": "Jelle Hofstra <j.hofstra@noardlik-wurket.nl>",
     "body": "Jelle Hofstra has accepted this invitation.\n\nInvitation from Google Calendar"},
    {"id": "d13-rsvp-22", "kind": "rsvp", "attending": False, "thread": I,
     "subject": "Declined: " + INV,
     "sender": "Monique Terpstra <m.terpstra@werkorganisatie-fryske-marren.nl>",
     "body": "Sorry, I have a conflicting appointment."},
    {"id": "d13-rsvp-23", "kind": "rsvp", "attending": True, "thread": I,
     "subject": "Geaccepteerd: " + INV, "sender": "Ad Rombouts <a.rombouts@baarle-alphen-werkorg.nl>",
     "body": ""},
    {"id": "d13-rsvp-24", "kind": "rsvp", "attending": False, "thread": I,
     "subject": "Geweigerd: " + INV, "sender": "Sanne de Groot <sanne.degroot@werkorganisatie-lingewaal.nl>",
     "body": "Helaas verhinderd door een regionaal portefeuillehoudersoverleg."},
    {"id": "d13-rsvp-25", "kind": "rsvp", "attending": True, "thread": I,
     "subject": "Accepted: Leer- en inspireer-atelier @ Thu 11 Mar 2027 14:00 - 17:30 (CET) (info@ambtelijkefusie.nl)",
     "headers": AUTO_GEN, "sender": "Wouter Brink <wouter.brink@gemeentenvechtdal-werkt.nl>",
     "body": "Wouter Brink has accepted this invitation.\n\nLeer- en inspireer-atelier\nThursday 11 March 2027 "
             "14:00 - 17:30 (Central European Time - Amsterdam)"},
    {"id": "d13-rsvp-26", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-en", "sender": "Claire Mertens <c.mertens@sittard-beek-werkt.nl>",
     "body": "Hello,\n\nI won't be able to make it on 11 March. My deputy, Roel Sijben (r.sijben@sittard-beek-"
             "werkt.nl), will attend on my behalf.\n\nThanks,\nClaire Mertens" + DISCLAIMER},
    {"id": "d13-rsvp-27", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "sender": "drs. P.J.M. van Esch <p.vanesch@werkorganisatie-maasland.nl>",
     "body": "Geacht secretariaat,\n\nGaarne bevestig ik mijn deelname aan het atelier op 11 maart a.s. Ik zal "
             "vergezeld worden door de heer R. Brouwers, directeur bedrijfsvoering.\n\nHoogachtend,\n\n"
             "drs. P.J.M. van Esch\nalgemeen directeur"},
    {"id": "d13-rsvp-28", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "gmail", "sender": "Esther Kool <estherkool.werk@gmail.com>",
     "body": "ik ben die dag vrij, zit met de kids in Center Parcs. dus helaas niet"},
    {"id": "d13-rsvp-29", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-lijn", "sender": "Ronald Spit <r.spit@hollandsmidden-werkorganisatie.nl>",
     "body": "Ik ben er bij, maar alleen online via Teams; de reistijd naar Utrecht past niet in mijn dag.\n\n"
             "Ronald"},
    {"id": "d13-rsvp-30", "kind": "rsvp", "attending": True, "thread": I, "subject": "Aanmelding atelier 11 maart",
     "sender": "Tamara Koning <t.koning@werkorganisatie-kaagenbraassem.nl>",
     "body": "Goedemiddag,\n\nVia een collega hoorde ik van het atelier op 11 maart. Ik wil me daarvoor graag "
             "aanmelden; de uitnodiging zelf kan ik niet meer terugvinden.\n\nGroet,\nTamara Koning"},
    # -- RSVP: reminder ---------------------------------------------------------------------------------------
    {"id": "d13-rsvp-31", "kind": "rsvp", "attending": False, "thread": R, "quoted": "herinnering_atelier",
     "quote": "outlook-nl", "sender": "Hans Timmerman <h.timmerman@werkorganisatie-lekdijk.nl>",
     "body": "Goedemorgen,\n\nHelaas, ik kan niet. Door ziekte van een collega moet ik de OR-vergadering "
             "voorzitten. Geef mijn plek maar aan iemand op de wachtlijst.\n\nMvg Hans"},
    {"id": "d13-rsvp-32", "kind": "rsvp", "attending": True, "thread": R, "quoted": "herinnering_atelier",
     "quote": "apple", "sender": "Leonie Haverkamp <l.haverkamp@werkorganisatie-twenterand.nl>",
     "body": "Thanks for the reminder, still coming! Mijn gast is wel veranderd: niet Arjen maar Saskia Mulder "
             "gaat mee." + IPHONE},
    {"id": "d13-rsvp-33", "kind": "rsvp", "attending": False, "thread": R, "quoted": "herinnering_atelier",
     "quote": "outlook-en", "sender": "Martijn Oosting <m.oosting@ambtelijkefusie-veenkoloniën.nl>",
     "body": "Hi,\n\nSomething came up - I can't attend after all. Apologies for the short notice.\n\nMartijn"},
    {"id": "d13-rsvp-34", "kind": "rsvp", "attending": True, "thread": R, "quoted": "herinnering_atelier",
     "quote": "gmail", "sender": "Kees Bontekoe <k.bontekoe@werkorganisatie-hoeksewaard-zuid.nl>",
     "body": "Ik kom, maar de trein laat me pas om kwart over drie in Utrecht uitkomen. Ik schuif aan zodra ik "
             "er ben."},
    {"id": "d13-rsvp-35", "kind": "rsvp", "attending": False, "thread": R, "quoted": "herinnering_atelier",
     "quote": "notes", "sender": "Anneke Zuidema <a.zuidema@werkorganisatie-westerkwartier-zuid.nl>",
     "body": "Ik moet helaas afzeggen. In mijn plaats komt Gerrit Bakker, concerncontroller, "
             "g.bakker@werkorganisatie-westerkwartier-zuid.nl. Mijn gast komt niet meer.\n\nA. Zuidema"},
    {"id": "d13-rsvp-36", "kind": "rsvp", "attending": True, "thread": R, "quoted": "herinnering_atelier",
     "quote": "outlook-lijn", "sender": "Jurgen Lammers <j.lammers@samenwerkingsorganisatie-dekrimp.nl>",
     "body": "Yes, still on. Wel moet ik om vijf uur weg, dus ik mis de borrel.\n\nJurgen" + SAMSUNG},
    {"id": "d13-rsvp-37", "kind": "rsvp", "attending": False, "thread": R, "quoted": "herinnering_atelier",
     "quote": "doorgestuurd", "sender": "Floor Heemskerk <f.heemskerk@werkorganisatie-hunzedal.nl>",
     "body": "Anja, kun je antwoorden dat ik helaas niet kan? Die middag is nu de extra raadsvergadering over de "
             "fusie-evaluatie. Thx, Floor"},
    {"id": "d13-rsvp-38", "kind": "rsvp", "attending": False, "thread": R, "quoted": "herinnering_atelier",
     "quote": "outlook-en", "sender": "Olaf Reinders <o.reinders@grensstreek-werkt.nl>",
     "body": "Dear organisers,\n\nI'm afraid I'll be away that day: the trade mission to Münster was moved to "
             "11 March. Please give my seat to someone on the waiting list.\n\nBest regards,\nOlaf Reinders"},
    {"id": "d13-rsvp-39", "kind": "rsvp", "attending": True, "thread": R, "quoted": "herinnering_atelier",
     "quote": "ongemarkeerd", "sender": "m.devlieger@zeeuwsevlakte-werkorg.nl",
     "body": "Fijn, staat genoteerd. Ik kom gewoon."},
    {"id": "d13-rsvp-40", "kind": "rsvp", "attending": False, "thread": R, "subject": "RE: " + REM,
     "sender": "Gijs Verhagen <g.verhagen@werkorganisatie-altenabrabant.nl>",
     "body": "> Kunt u onverhoopt toch niet? Beantwoord deze e-mail dan met \"helaas, ik kan niet\"; dan geven "
             "wij uw plaats aan\n> iemand op de wachtlijst.\n\nHelaas, ik kan niet.\n\nGijs"},
    # -- RSVP: change of date and place -----------------------------------------------------------------------
    {"id": "d13-rsvp-41", "kind": "rsvp", "attending": False, "thread": I, "quoted": "wijziging_atelier",
     "quote": "outlook-nl", "sender": "Marleen Groot Wassink <m.grootwassink@berkellandwerkt.nl>",
     "body": "Beste Stan,\n\nDe nieuwe datum, 18 maart, valt precies op onze begrotingsconferentie. Ik kan dan "
             "helaas niet meer. Jammer!\n\nGroet, Marleen"},
    {"id": "d13-rsvp-42", "kind": "rsvp", "attending": True, "thread": I, "quoted": "wijziging_atelier",
     "quote": "gmail", "sender": "Robin Taverne <r.taverne@werkorganisatie-voorneputten.nl>",
     "body": "18 maart komt me eigenlijk beter uit dan 11 maart. Ik was afgemeld maar kan nu wel: zet me maar op "
             "de lijst."},
    {"id": "d13-rsvp-43", "kind": "rsvp", "attending": True, "thread": I, "quoted": "wijziging_atelier",
     "quote": "outlook-en", "sender": "Nicole Vrieling <n.vrieling@ambtelijkeorganisatie-rijnveld.nl>",
     "body": "Noted, the new date works for me. I'll be at the Provinciehuis on the 18th.\n\nNicole"},
    {"id": "d13-rsvp-44", "kind": "rsvp", "attending": False, "thread": I, "quoted": "wijziging_atelier",
     "quote": "apple", "sender": "Paul Hoogeveen <paul.hoogeveen@werkorganisatie-eemsdelta-oost.nl>",
     "body": "18 maart zit ik in Brussel. Kan dus niet. Mijn collega Tineke Kuipers komt in mijn plaats: "
             "t.kuipers@werkorganisatie-eemsdelta-oost.nl" + IPHONE_NL},
    {"id": "d13-rsvp-45", "kind": "rsvp", "attending": False, "thread": I, "quoted": "wijziging_atelier",
     "quote": "outlook-en", "sender": "Ellen Koopmans <e.koopmans@werkorganisatie-bommelerwaard-west.nl>",
     "body": "Thanks for the update. Unfortunately the 18th doesn't work for me - please take me off the "
             "waiting list.\n\nEllen"},
    {"id": "d13-rsvp-46", "kind": "rsvp", "attending": True, "thread": I,
     "subject": "Accepted: " + CHG, "headers": AUTO_GEN,
     "sender": "Bas Veenstra <b.veenstra@gemeentenvechtdal-werkt.nl>",
     "body": "Bas Veenstra has accepted this updated invitation."},
    # -- RSVP: waiting list -----------------------------------------------------------------------------------
    {"id": "d13-rsvp-47", "kind": "rsvp", "attending": False, "thread": I, "quoted": "bevestiging_rsvp",
     "quote": "outlook-nl", "sender": "Rianne Slot <r.slot@werkorganisatie-zaanstreek-noord.nl>",
     "body": "Goedemiddag,\n\nDank voor het bericht. Inmiddels heb ik op 11 maart een andere afspraak staan; u "
             "kunt mij van de wachtlijst halen.\n\nMet vriendelijke groet,\nRianne Slot"},
    {"id": "d13-rsvp-48", "kind": "rsvp", "attending": False, "thread": I, "quoted": "bevestiging_rsvp",
     "quote": "gmail", "sender": "Ahmet Yilmaz <a.yilmaz@werkorganisatie-hollandskroon-oost.nl>",
     "body": "No worries, but please remove me from the waiting list - I can't make it anymore. Thanks!"},
    {"id": "d13-rsvp-49", "kind": "rsvp", "attending": True, "thread": I, "quoted": "bevestiging_rsvp",
     "quote": "outlook-lijn", "sender": "Irene Vollebregt <i.vollebregt@werkorganisatie-duinstreek.nl>",
     "body": "Ik kom toch: mijn andere afspraak is vervallen. Houd me dus gewoon op de wachtlijst.\n\nIrene"},
    # -- RSVP: a seat came free (wachtlijst_plaats, not in the snapshot: inline quotes) -------------------------
    {"id": "d13-rsvp-50", "kind": "rsvp", "attending": True, "thread": I, "subject": "RE: " + SEAT,
     "sender": "Dennis Knol <d.knol@werkorganisatie-zaanstreek-noord.nl>",
     "body": "Top, dank je wel! Ik ben er op 11 maart.\n\nDennis\n\n> Goed nieuws: er is een plaats vrijgekomen. "
             "U stond op de wachtlijst en bent nu aangemeld voor het\n> Leer- en inspireer-atelier \"Sturen op "
             "samenwerking & eigenheid\"."},
    {"id": "d13-rsvp-51", "kind": "rsvp", "attending": False, "thread": I, "subject": "RE: " + SEAT,
     "sender": "Jacqueline Mosterd <j.mosterd@werkorganisatie-altenabrabant.nl>",
     "body": "> Kunt u inmiddels niet meer? Beantwoord deze e-mail dan met \"helaas, ik kan niet\"; dan gaat de "
             "plaats naar de volgende op de wachtlijst.\n\nInmiddels heb ik die middag al iets anders gepland. "
             "Geef de plaats maar aan de volgende.\n\nJacqueline"},
    {"id": "d13-rsvp-52", "kind": "rsvp", "attending": True, "thread": I, "subject": "Re: " + SEAT,
     "sender": "Tom Haverkort <tom.haverkort@werkorganisatie-twenterand.nl>",
     "body": "Great news, thank you - I'll be there!" + IPHONE},
    # -- RSVP: substitute invitation --------------------------------------------------------------------------
    {"id": "d13-rsvp-53", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_vervanger",
     "quote": "outlook-nl", "sender": "Marieke de Vries-Ölçer <m.devries@bbr.nl>",
     "body": "Beste secretariaat,\n\nDirk had het al aangekondigd. Ik neem zijn plaats graag in en kom op 11 "
             "maart.\n\nMet vriendelijke groet,\nMarieke"},
    {"id": "d13-rsvp-54", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_vervanger",
     "quote": "outlook-en", "sender": "Jeroen Pastoor <j.pastoor@werkorganisatie-lekdijk.nl>",
     "body": "Hi,\n\nI'm afraid I can't stand in for Dirk - I'm on leave that week. I've let him know.\n\nJeroen"},
    {"id": "d13-rsvp-55", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_vervanger",
     "quote": "gmail", "sender": "Layla Haddou <l.haddou@werkorganisatie-amstelgein.nl>",
     "body": "Bedankt voor de uitnodiging, ik kom graag namens Dirk. De gast stem ik zelf met hem af."},
    {"id": "d13-rsvp-56", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_vervanger",
     "quote": "notes-wrote", "sender": "Wim Oudshoorn <w.oudshoorn@ambtelijkedienst-krimpenerwaard.nl>",
     "body": "Ik kan de plaats van Dirk Smit toch niet innemen: ik ben zelf die dag ook verhinderd.\n\n"
             "W. Oudshoorn"},
    # -- RSVP: more wordings, mixed ---------------------------------------------------------------------------
    {"id": "d13-rsvp-57", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-en", "sender": "Marco Bleijenberg <m.bleijenberg@werkorganisatie-voorneputten.nl>",
     "body": "First I said no, then maybe, but now it's definitely yes: ik kom op 11 maart. Sorry for the "
             "back and forth!\n\nMarco"},
    {"id": "d13-rsvp-58", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "groupwise", "sender": "Sjoukje Dijkstra-Wiersma <s.dijkstra@achtkarspelen-tytsjerksteradiel.nl>",
     "body": "Ik moat it dizze kear oerslaan, ik bin dy dei net beskikber.\n\nMei freonlike groetnis,\nSjoukje"},
    {"id": "d13-rsvp-59", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "notes", "sender": "Ronald Bakkenes <r.bakkenes@werkorganisatie-neder-betuwe.nl>",
     "body": "Aanmelding: R. Bakkenes + 2 gasten (J. Kroon, H. van Zanten). Alle drie fysiek aanwezig."},
    {"id": "d13-rsvp-60", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "apple", "sender": "Luuk Wagenaar <luuk.wagenaar@werkorganisatie-westfriesland-oost.nl>",
     "body": "Ik had ja gezegd maar het wordt toch nee. Excuus!" + IPHONE_NL},
    {"id": "d13-rsvp-61", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "sender": "Directiesecretariaat <dirsec@werkorganisatie-deliemers.nl>",
     "body": "Goedemorgen,\n\nHierbij meld ik de heer A. Wolters (algemeen directeur) aan voor het atelier van 11 "
             "maart. Hij neemt één gast mee, mevrouw C. Peters, manager sociaal domein.\n\nMet vriendelijke "
             "groet,\nDirectiesecretariaat Werkorganisatie De Liemers"},
    {"id": "d13-rsvp-62", "kind": "rsvp", "attending": False, "thread": R, "quoted": "herinnering_atelier",
     "quote": "outlook-lijn", "sender": "Brenda Kuiper <b.kuiper@werkorganisatie-nieuwkoop-zuid.nl>",
     "body": "Hi Melanie,\n\nI'll be out of the office that week (vakantie), so I can't come. Mijn gast Joris "
             "komt dan ook niet.\n\nBrenda"},
    # -- other: tentative, conditional, questions about the atelier --------------------------------------------
    {"id": "d13-other-01", "kind": "other", "thread": I,
     "subject": "Tentative: " + INV, "sender": "Ralph Hendrikx <r.hendrikx@sittard-beek-werkt.nl>",
     "body": "I might be able to make it, depending on the council schedule."},
    {"id": "d13-other-02", "kind": "other", "thread": I,
     "subject": "Voorlopig: " + INV, "sender": "Ilse Hoekman <i.hoekman@werkorganisatie-duinstreek.nl>",
     "body": "Voorlopig geaccepteerd, ik weet het half februari zeker."},
    {"id": "d13-other-03", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "sender": "Niels van Rijswijk <n.vanrijswijk@werkorganisatie-lekdijk.nl>",
     "body": "Dag Stan,\n\nIk kom graag, maar alleen als ik mijn hele MT (vijf personen) mag meenemen. Is dat "
             "mogelijk bij 30 plaatsen? Laat je het even weten?\n\nNiels"},
    {"id": "d13-other-04", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "gmail", "sender": "Fleur Jansma <f.jansma@werkorganisatie-fryske-marren.nl>",
     "body": "Not sure yet - it depends on whether the raadsvergadering that evening goes ahead. Can I let you "
             "know next week?"},
    {"id": "d13-other-05", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-en", "sender": "Pieter Klaassens <p.klaassens@werkorganisatie-hoeksewaard-zuid.nl>",
     "body": "Hello,\n\nIs there parking at the Stadskantoor, or should I come by train? And is the session "
             "recorded for those who can only join online?\n\nPieter"},
    {"id": "d13-other-06", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "apple", "sender": "Mirjam Tuinstra <m.tuinstra@noardlik-wurket.nl>",
     "body": "Misschien. Ik zit die ochtend in Leeuwarden en weet niet of ik op tijd in Utrecht kan zijn. Hou "
             "maar een plekje vrij als dat kan?" + IPHONE_NL},
    {"id": "d13-other-07", "kind": "other", "thread": R, "quoted": "herinnering_atelier",
     "quote": "outlook-nl", "sender": "Gert-Jan Hofman <gj.hofman@werkorganisatie-altenabrabant.nl>",
     "body": "Goedemorgen,\n\nIn de herinnering staat dat ik met 1 gast kom, maar ik heb niemand opgegeven. Kan "
             "het zijn dat er iets is misgegaan bij de registratie?\n\nGroet, Gert-Jan"},
    {"id": "d13-other-08", "kind": "other", "thread": I,
     "subject": "Tentative: Leer- en inspireer-atelier @ Thu 11 Mar 2027 14:00 - 17:30 (CET)",
     "headers": AUTO_GEN, "sender": "Evert Scholten <e.scholten@gemeentenvechtdal-werkt.nl>",
     "body": "Evert Scholten has responded \"Maybe\" to this invitation."},
    {"id": "d13-other-09", "kind": "other", "thread": I, "quoted": "wijziging_atelier",
     "quote": "outlook-en", "sender": "Karin Oldenburger <k.oldenburger@werkorganisatie-eemsdelta-oost.nl>",
     "body": "Hi,\n\nThe mail says I'm still on the waiting list, but I received a confirmation last week that "
             "I had a seat. Which one is right?\n\nKarin"},
    # -- autoreplies ------------------------------------------------------------------------------------------
    {"id": "d13-auto-01", "kind": "autoreply", "headers": AUTO, "subject": "Automatisch antwoord: " + INV,
     "sender": "Rob Dekker <r.dekker@werkorganisatie-lekdijk.nl>",
     "body": "Dank voor uw bericht. Ik ben tot en met 14 februari afwezig en heb beperkt toegang tot mijn mail. "
             "Voor dringende zaken kunt u contact opnemen met het directiesecretariaat via 0345 - 61 22 00."},
    {"id": "d13-auto-02", "kind": "autoreply", "headers": AUTO, "subject": "Out of Office: " + INV,
     "sender": "Priya Ramdin <p.ramdin@serviceorganisatie-delfland.nl>",
     "body": "Thank you for your email. I am out of the office until Monday 8 February with limited access to "
             "email. For urgent matters, please contact my assistant at secretariaat@serviceorganisatie-"
             "delfland.nl."},
    {"id": "d13-auto-03", "kind": "autoreply", "headers": XAUTO, "subject": "Abwesenheitsnotiz: " + REM,
     "sender": "Olaf Reinders <o.reinders@grensstreek-werkt.nl>",
     "body": "Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 12. März nicht im Büro. Ihre E-Mail "
             "wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an Frau Schulte, "
             "+49 2562 99 14 0.\n\nMit freundlichen Grüßen\nOlaf Reinders"},
    {"id": "d13-auto-04", "kind": "autoreply", "subject": "Automatysk antwurd: " + INV,
     "sender": "Sjoukje Dijkstra-Wiersma <s.dijkstra@achtkarspelen-tytsjerksteradiel.nl>",
     "body": "Tank foar jo berjocht. Ik bin oant en mei 20 febrewaris net op it wurk. Foar driuwende saken kinne "
             "jo kontakt opnimme mei it direksjesekretariaat, 0511 - 46 08 00.\n\nDank voor uw bericht. Ik ben "
             "tot en met 20 februari afwezig."},
    {"id": "d13-auto-05", "kind": "autoreply", "headers": PREC, "subject": "Afwezig",
     "sender": "Hans Timmerman <h.timmerman@werkorganisatie-lekdijk.nl>",
     "body": "Ik ben deze week op vakantie. Vanaf maandag 1 maart lees ik mijn mail weer."},
    {"id": "d13-auto-06", "kind": "autoreply", "headers": SUPPRESS, "subject": "Automatic reply: " + CALL,
     "sender": "Claire Mertens <c.mertens@sittard-beek-werkt.nl>",
     "body": "I'm currently on leave and will return on 25 January. Your message will not be forwarded.\n\n"
             "Ik ben met verlof tot 25 januari. Uw bericht wordt niet doorgestuurd."},
    {"id": "d13-auto-07", "kind": "autoreply", "subject": "Dit e-mailadres is niet meer in gebruik",
     "headers": AUTO, "sender": "postbus-directie@werkorganisatie-oudeijssel.nl",
     "body": "Deze mailbox is per 1 januari 2027 opgeheven en wordt niet meer gelezen. Stuurt u uw bericht "
             "opnieuw naar info@gemeente-oudeijssel.nl."},
    {"id": "d13-auto-08", "kind": "autoreply", "subject": "Automatisch antwoord: " + REM,
     "sender": "Annemarie Roelofs <a.roelofs@werkorganisatie-berkelstroom.nl>",
     "body": "Mevrouw A. Roelofs is niet meer werkzaam bij de Werkorganisatie Berkelstroom. Uw e-mail wordt "
             "niet doorgestuurd. Voor vragen kunt u terecht bij de afdeling Bestuurszaken, "
             "bestuurszaken@werkorganisatie-berkelstroom.nl."},
    {"id": "d13-auto-09", "kind": "autoreply", "headers": AUTO_GEN,
     "subject": "[Ticket #2027-004512] Uw melding is ontvangen",
     "sender": "KCC Werkorganisatie Maasland <noreply-kcc@werkorganisatie-maasland.nl>",
     "body": "Geachte heer/mevrouw,\n\nWij hebben uw bericht goed ontvangen en geregistreerd onder nummer "
             "2027-004512. Wij streven ernaar uw vraag binnen vijf werkdagen te beantwoorden.\n\nDit is een "
             "automatisch gegenereerd bericht; u kunt hierop niet reageren."},
    {"id": "d13-auto-10", "kind": "autoreply", "subject": "RE: " + INV, "quoted": "uitnodiging_atelier",
     "quote": "ongemarkeerd", "thread": I, "sender": "Bert Wessels <b.wessels@werkorganisatie-hardenberg-om.nl>",
     "body": "Ik ben afwezig tot en met 5 februari. Uw e-mail wordt na mijn terugkomst behandeld."},
    {"id": "d13-auto-11", "kind": "autoreply", "headers": MS_AUTO, "subject": "Automatisch antwoord: " + CHG,
     "sender": "Wendela Kamphuis <w.kamphuis@samenwerking-veluwezoom.nl>",
     "body": "Beste afzender,\n\nVanwege een operatie ben ik tot half april afwezig. Mijn taken worden "
             "waargenomen door Joost Heerkens (j.heerkens@samenwerking-veluwezoom.nl).\n\nMet vriendelijke "
             "groet,\nWendela Kamphuis"},
    {"id": "d13-auto-12", "kind": "autoreply", "subject": "Auto: Uitnodiging Leer- en inspireer-atelier 11 maart",
     "headers": XAUTO, "sender": "Dieter Vos <dieter.vos@grenslandwerkt.nl>",
     "body": "Hi, I'm travelling with limited connectivity until 22 Feb. I'll get back to you as soon as I can.\n"
             "Ik ben op reis en lees mijn mail beperkt."},
    {"id": "d13-auto-13", "kind": "autoreply", "headers": AUTO, "subject": "Autoreply: " + WAIT,
     "sender": "Rianne Slot <r.slot@werkorganisatie-zaanstreek-noord.nl>",
     "body": "Ik werk op maandag, dinsdag en donderdag. Uw bericht lees ik op mijn eerstvolgende werkdag."},
    {"id": "d13-auto-14", "kind": "autoreply", "subject": "Abwesend: " + INV, "headers": PREC,
     "sender": "Katrin Bergmann <k.bergmann@euregio-werkorganisatie.nl>",
     "body": "Guten Tag,\n\nich bin derzeit im Urlaub und ab dem 3. März wieder erreichbar.\n\nIk ben met "
             "vakantie en vanaf 3 maart weer bereikbaar.\n\nKatrin Bergmann"},
    {"id": "d13-auto-15", "kind": "autoreply", "subject": "Automatisch antwoord: Welkom bij het Netwerk van "
     "directeuren van ambtelijke fusieorganisaties", "headers": MS_AUTO,
     "sender": "Tamara Koning <t.koning@werkorganisatie-kaagenbraassem.nl>",
     "body": "Tot en met vrijdag 12 februari ben ik niet aanwezig. Tijdens mijn afwezigheid wordt mijn mail "
             "niet gelezen. Voor spoedeisende zaken: bel 071 - 33 56 100."},
    {"id": "d13-auto-16", "kind": "autoreply", "subject": "Out of office",
     "sender": "Samira Bouzidi <s.bouzidi@werkorganisatie-amstelgein.nl>", "headers": AUTO,
     "body": "I'm OOO until Wednesday. Back then!"},
    {"id": "d13-auto-17", "kind": "autoreply", "subject": "Ontvangstbevestiging: uw bericht aan de gemeente",
     "headers": AUTO_GEN, "sender": "Gemeente Lingewaard-West <no-reply@werkorganisatie-lingewaal.nl>",
     "body": "Bedankt voor uw e-mail. Wij hebben uw bericht ontvangen. U krijgt binnen tien werkdagen een "
             "reactie. Dit bericht is automatisch verstuurd."},
    {"id": "d13-auto-18", "kind": "autoreply", "subject": "Auto-reply: Herinnering: Leer- en inspireer-atelier",
     "sender": "Jurgen Lammers <j.lammers@samenwerkingsorganisatie-dekrimp.nl>",
     "body": "This is an automatic reply. I'm attending a conference until 10 March and will respond to your "
             "email upon my return.\n\nDit is een automatisch antwoord. Ik ben op een congres tot 10 maart."},
    {"id": "d13-auto-19", "kind": "autoreply", "subject": "Automatisch antwoord: " + SUBST, "headers": AUTO,
     "sender": "Jeroen Pastoor <j.pastoor@werkorganisatie-lekdijk.nl>",
     "body": "Ik ben tot en met 19 maart met ouderschapsverlof. Mail wordt niet doorgestuurd.\n"
             "Voor zaken rond de directie: Miriam Bos, m.bos@werkorganisatie-lekdijk.nl."},
    {"id": "d13-auto-20", "kind": "autoreply", "subject": "Afwêzich / Afwezig", "headers": XAUTO,
     "sender": "Jelle Hofstra <j.hofstra@noardlik-wurket.nl>",
     "body": "Ik bin oant 1 maart mei fakânsje.\nIk ben tot 1 maart met vakantie."},
    {"id": "d13-auto-21", "kind": "autoreply", "subject": "Undeliverable mailbox notice",
     "headers": AUTO, "sender": "mailbox-notice@ambtelijkedienst-krimpenerwaard.nl",
     "body": "The mailbox you are trying to reach (c.vanderlinden@ambtelijkedienst-krimpenerwaard.nl) is no "
             "longer monitored. The employee has left the organisation. Please contact "
             "info@ambtelijkedienst-krimpenerwaard.nl."},
    {"id": "d13-auto-22", "kind": "autoreply", "subject": "RE: " + REM, "thread": R,
     "quoted": "herinnering_atelier", "quote": "ongemarkeerd",
     "sender": "Jan Pieter Walraven <jp.walraven@werkorganisatie-westfriesland-oost.nl>",
     "body": "Hartelijk dank voor uw bericht. Ik ben vandaag niet bereikbaar. Morgen reageer ik op uw e-mail."},
    {"id": "d13-auto-23", "kind": "autoreply", "subject": "Automatische Antwort: " + CHG, "headers": SUPPRESS,
     "sender": "Katrin Bergmann <k.bergmann@euregio-werkorganisation.nl>",
     "body": "Ich bin bis zum 20.03. auf Dienstreise und habe nur eingeschränkt Zugriff auf meine E-Mails."},
    {"id": "d13-auto-24", "kind": "autoreply", "subject": "Afwezigheidsbericht", "headers": PREC_BULK,
     "sender": "Hanneke Smulders <h.smulders@de-kempenwerkt.nl>",
     "body": "Beste relatie,\n\nVan 15 februari tot en met 26 februari ben ik afwezig. Mijn e-mail wordt in "
             "die periode niet bekeken. In dringende gevallen kunt u contact opnemen met Loes van Dijk via "
             "directiesecretariaat@de-kempenwerkt.nl.\n\nMet vriendelijke groet,\nHanneke Smulders"},
    {"id": "d13-auto-25", "kind": "autoreply", "subject": "Automatic reply: " + SEAT, "headers": MS_AUTO,
     "sender": "Tom Haverkort <tom.haverkort@werkorganisatie-twenterand.nl>",
     "body": "Hi there,\n\nI'm on a sabbatical until 1 April 2027. Your email will not be read. For anything "
             "urgent, contact Leonie Haverkamp (l.haverkamp@werkorganisatie-twenterand.nl).\n\nCheers, Tom"},
    {"id": "d13-auto-26", "kind": "autoreply", "subject": "Automatisch antwoord: Dank voor uw themasuggestie "
     "[atelier:2027-1]", "sender": "Marten Tjalsma <m.tjalsma@werkorganisatie-waadhoeke-harlingen.nl>",
     "body": "Ik bin net oanwêzich oant 28 jannewaris. Jo mail wurdt net trochstjoerd.\n\nIk ben niet aanwezig "
             "tot 28 januari. Uw mail wordt niet doorgestuurd."},
    {"id": "d13-auto-27", "kind": "autoreply", "subject": "Wij hebben uw e-mail ontvangen",
     "headers": AUTO_GEN, "sender": "Informatiepunt Werkorganisatie Duinstreek <noreply@werkorganisatie-duinstreek.nl>",
     "body": "Dit is een automatische ontvangstbevestiging. Uw bericht heeft kenmerk ZK-27-001873. Vermeld dit "
             "kenmerk bij vervolgcorrespondentie. Reageer niet op deze e-mail."},
    {"id": "d13-auto-28", "kind": "autoreply", "subject": "Re: " + INV, "thread": I,
     "sender": "Hiske Brouwer <h.brouwer@werkorganisatie-westerkwartier-zuid.nl>", "headers": AUTO,
     "body": "Bedankt voor je mail! Ik ben met zwangerschapsverlof tot en met 30 juni. Mijn mail wordt niet "
             "gelezen. Voor directiezaken kun je terecht bij Anneke Zuidema."},
    {"id": "d13-auto-29", "kind": "autoreply", "subject": "Automatic reply: RE: Bevestig uw aanmelding",
     "headers": AUTO, "sender": "Nadia el Amrani <n.elamrani@bel-combinatie-werkt.nl>",
     "body": "Thanks for your message. I'm working from another location today and will reply tomorrow."},
    {"id": "d13-auto-30", "kind": "autoreply", "subject": "Ticket ontvangen: SR-118204",
     "headers": {"Auto-Submitted": "auto-generated", "Precedence": "bulk"},
     "sender": "ServiceDesk ICT <servicedesk@gr-zuidwoude.nl>",
     "body": "Beste melder,\n\nUw melding is geregistreerd als SR-118204 met prioriteit 3. U ontvangt bericht "
             "zodra de melding in behandeling wordt genomen.\n\nServiceDesk ICT\n(automatisch bericht)"},
    {"id": "d13-auto-31", "kind": "autoreply", "subject": "Automatisch antwoord: Welke thema's wilt u bespreken?",
     "sender": "Frans Leijten <f.leijten@peelenmaas-werkorganisatie.nl>", "headers": XAUTO,
     "body": "Tot 18 januari ben ik afwezig. Ik lees mijn mail na terugkomst; voor de gemeentesecretaris-taken "
             "is Mieke Janssen waarnemer."},
    {"id": "d13-auto-32", "kind": "autoreply", "subject": "Out of Office AutoReply: " + REM,
     "sender": "Claire Mertens <c.mertens@sittard-beek-werkt.nl>",
     "body": "Out of office until 9 March. Afwezig tot 9 maart. Abwesend bis 9. März."},
    {"id": "d13-auto-33", "kind": "autoreply", "subject": "Mailbox wordt niet meer gelezen", "headers": PREC,
     "sender": "directeur@werkorganisatie-oudeijssel.nl",
     "body": "Dit is een automatisch bericht. Dit adres wordt sinds de fusie niet meer gebruikt. Zend uw "
             "e-mail naar directie@gemeente-oudeijssel.nl."},
    {"id": "d13-auto-34", "kind": "autoreply", "subject": "Automatisch antwoord: RE: Uitnodiging atelier",
     "headers": MS_AUTO, "sender": "Ad Rombouts <a.rombouts@baarle-alphen-werkorg.nl>",
     "body": "Ik ben met vakantie en kom terug op maandag 22 februari. Ik ben dan weer bereikbaar. "
             "Houdoe!\n\nAd Rombouts"},
    {"id": "d13-auto-35", "kind": "autoreply", "subject": "Away: " + INV,
     "sender": "Nicole Vrieling <n.vrieling@ambtelijkeorganisatie-rijnveld.nl>", "headers": AUTO,
     "body": "Thanks for reaching out. I'm away on leave with no access to email until 15 February. "
             "If it can't wait, please call the front office on 0348 - 43 77 00."},
    # -- people that look like autoreplies --------------------------------------------------------------------
    {"id": "d13-rsvp-63", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "sender": "Astrid Meijering <a.meijering@werkorganisatie-hunzedal.nl>",
     "body": "Hoi Melanie,\n\nIk ben die dag afwezig, dan zit ik in de voorjaarsvakantie in Oostenrijk. Dus "
             "helaas niet dit keer.\n\nGroetjes, Astrid"},
    {"id": "d13-rsvp-64", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-en", "sender": "Mark Griffioen <m.griffioen@werkorganisatie-neder-betuwe.nl>",
     "body": "I'm out of office on the 11th (study leave), so I'll have to pass. Please keep me posted on the "
             "next one.\n\nMark"},
    {"id": "d13-other-10", "kind": "other", "sender": "Lydia Bruins <l.bruins@werkorganisatie-berkelstroom.nl>",
     "subject": "Annemarie Roelofs uit dienst",
     "body": "Beste secretariaat,\n\nIk zag dat jullie uitnodigingen nog naar Annemarie Roelofs gaan. Zij is per "
             "1 januari met pensioen. Haar opvolger, Daan Wiegers, begint in april; hij is nog niet bekend "
             "bij jullie.\n\nMet vriendelijke groet,\nLydia Bruins\nbestuurssecretaris"},
    {"id": "d13-other-11", "kind": "other", "sender": "Rob Dekker <r.dekker@werkorganisatie-lekdijk.nl>",
     "subject": "RE: Automatisch antwoord: " + INV,
     "body": "Excuus, mijn afwezigheidsbericht ging naar jullie toe. Ik ben inmiddels terug. Is het atelier al "
             "vol of kan ik nog reageren?\n\nRob"},
    # -- subscribe --------------------------------------------------------------------------------------------
    {"id": "d13-sub-01", "kind": "subscribe", "subject": "Aanmelden netwerk",
     "sender": "Hester Leenders <h.leenders@werkorganisatie-peelenmaas-noord.nl>",
     "body": "Goedemiddag,\n\nSinds 1 januari ben ik algemeen directeur van de werkorganisatie Peel en Maas "
             "Noord. Graag word ik lid van het netwerk.\n\nMet vriendelijke groet,\nHester Leenders"},
    {"id": "d13-sub-02", "kind": "subscribe", "subject": "Join the network",
     "sender": "Daniel Sutherland-Bakker <d.sutherland@werkorganisatie-amstelgein.nl>",
     "body": "Hi,\n\nI'm the new director of Werkorganisatie Amstelgein (started this month). A colleague "
             "recommended your network - I'd like to sign up, please.\n\nKind regards,\nDaniel"},
    {"id": "d13-sub-03", "kind": "subscribe", "subject": "Aanmelding collega",
     "sender": "Hans Timmerman <h.timmerman@werkorganisatie-lekdijk.nl>",
     "body": "Beste Stan,\n\nWil je mijn collega-directeur Saskia Verwey ook aanmelden voor het netwerk? Haar "
             "adres is s.verwey@werkorganisatie-lekdijk.nl. Ze weet ervan en is enthousiast.\n\nHans"},
    {"id": "d13-sub-04", "kind": "subscribe", "subject": "please add me to the mailing list",
     "sender": "Eline Rozendaal <e.rozendaal@werkorganisatie-bommelerwaard-west.nl>",
     "body": "Could you add me to your members' list? Ik ben per februari directeur bij BWW en wil graag de "
             "uitnodigingen ontvangen." + IPHONE},
    {"id": "d13-sub-05", "kind": "subscribe", "subject": "Lid worden",
     "sender": "Jaap Schuurman <j.schuurman@werkorganisatie-hoeksewaard-zuid.nl>",
     "body": "Naam: Jaap Schuurman\nFunctie: algemeen directeur\nOrganisatie: Werkorganisatie Hoeksewaard-Zuid\n"
             "E-mail: j.schuurman@werkorganisatie-hoeksewaard-zuid.nl\n\nGraag inschrijven als lid."},
    {"id": "d13-sub-06", "kind": "subscribe", "subject": "Aanmelding nieuwe directeur",
     "sender": "Secretariaat directie <directiesecretariaat@de-kempenwerkt.nl>",
     "body": "Goedemorgen,\n\nNamens onze nieuwe directeur, Rogier Verbruggen, meld ik hem aan voor het "
             "netwerk. Zijn e-mailadres is r.verbruggen@de-kempenwerkt.nl.\n\nMet vriendelijke groet,\n"
             "Loes van Dijk"},
    {"id": "d13-sub-07", "kind": "subscribe", "subject": "Wol graach lid wurde",
     "sender": "Hylke Bosma <h.bosma@noardlik-wurket.nl>",
     "body": "Goeie,\n\nIk wol my graach oanmelde foar it netwurk fan direkteuren. / Ik meld me graag aan voor "
             "het netwerk.\n\nMei freonlike groetnis,\nHylke Bosma"},
    {"id": "d13-sub-08", "kind": "subscribe", "subject": "interesse lidmaatschap",
     "sender": "Farida Amzil <f.amzil@werkorganisatie-zaanstreek-noord.nl>",
     "body": "Hallo, ik heb via LinkedIn over jullie netwerk gelezen. Zet me er maar bij, ik ben directeur van "
             "een ambtelijke fusie van drie gemeenten. Groet Farida"},
    # -- confirm ----------------------------------------------------------------------------------------------
    {"id": "d13-conf-01", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "outlook-en", "sender": "Daniel Sutherland-Bakker <d.sutherland@werkorganisatie-amstelgein.nl>",
     "body": "Confirmed, thanks."},
    {"id": "d13-conf-02", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "gmail", "sender": "Hester Leenders <h.leenders@werkorganisatie-peelenmaas-noord.nl>",
     "body": ""},
    {"id": "d13-conf-03", "kind": "confirm", "thread": C, "quoted": "herinnering_aanmelding",
     "quote": "outlook-nl", "sender": "Saskia Verwey <s.verwey@werkorganisatie-lekdijk.nl>",
     "body": "Ja, ik wil graag lid worden. Sorry dat het even duurde!\n\nSaskia" + SAMSUNG},
    {"id": "d13-conf-04", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "apple", "sender": "Rogier Verbruggen <r.verbruggen@de-kempenwerkt.nl>",
     "body": "Klopt, dat was ik (via Loes). Bevestigd." + IPHONE_NL},
    {"id": "d13-conf-05", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "notes-wrote", "sender": "Eline Rozendaal <e.rozendaal@werkorganisatie-bommelerwaard-west.nl>",
     "body": "Yes please, go ahead."},
    # -- unsubscribe ------------------------------------------------------------------------------------------
    {"id": "d13-unsub-01", "kind": "unsubscribe", "erase": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-en", "sender": "Gerard Holtkamp <G.Holtkamp@dinkelland-tubbergen-werkorg.nl>",
     "body": "Please unsubscribe me. I'm retiring next month, so no more invitations needed - and no, I won't "
             "be at the atelier either.\n\nGerard"},
    {"id": "d13-unsub-02", "kind": "unsubscribe", "erase": True, "thread": R, "quoted": "herinnering_atelier",
     "quote": "outlook-nl", "sender": "Yvonne Brakel <y.brakel@werkorganisatie-duinstreek.nl>",
     "body": "Geacht secretariaat,\n\nIk kom niet en wil ook geen lid meer zijn. Op grond van de AVG verzoek ik "
             "u al mijn gegevens te verwijderen.\n\nHoogachtend,\nY. Brakel"},
    {"id": "d13-unsub-03", "kind": "unsubscribe", "erase": False, "subject": "afmelden",
     "sender": "Martijn Oosting <m.oosting@ambtelijkefusie-veenkoloniën.nl>", "body": "" + IPHONE},
    {"id": "d13-unsub-04", "kind": "unsubscribe", "erase": False, "thread": I, "quoted": "wijziging_atelier",
     "quote": "gmail", "sender": "Bert Wessels <b.wessels@werkorganisatie-hardenberg-om.nl>",
     "body": "Per 1 april vertrek ik naar de provincie. Mijn opvolger Marloes Hekman "
             "(m.hekman@werkorganisatie-hardenberg-om.nl) neemt mijn plaats in het netwerk over."},
    {"id": "d13-unsub-05", "kind": "unsubscribe", "erase": True, "subject": "GDPR request",
     "sender": "Priya Ramdin <p.ramdin@serviceorganisatie-delfland.nl>",
     "body": "Dear secretariat,\n\nUnder Article 17 GDPR I ask you to remove me from your network and to erase "
             "all personal data you hold about me. Please confirm once done.\n\nRegards,\nPriya Ramdin"},
    {"id": "d13-unsub-06", "kind": "unsubscribe", "erase": False, "thread": T, "quoted": "oproep_themas",
     "quote": "outlook-lijn", "sender": "Luuk Wagenaar <luuk.wagenaar@werkorganisatie-westfriesland-oost.nl>",
     "body": "Geen thema's van mijn kant: ik stop met het netwerk. Haal me maar van de lijst.\n\nLuuk"},
    {"id": "d13-unsub-07", "kind": "unsubscribe", "erase": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "groupwise", "sender": "Ronald Spit <r.spit@hollandsmidden-werkorganisatie.nl>",
     "body": "Graag uitschrijven, ik ben geen directeur meer en de uitnodigingen zijn dus niet meer voor mij."},
    {"id": "d13-unsub-08", "kind": "unsubscribe", "erase": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "sender": "Karin Oldenburger <k.oldenburger@werkorganisatie-eemsdelta-oost.nl>",
     "body": "Ik kan niet op 11 maart en wil me ook afmelden voor het netwerk. Wilt u mijn naam en adres uit "
             "uw bestanden verwijderen?\n\nKarin Oldenburger"},
    {"id": "d13-unsub-09", "kind": "unsubscribe", "erase": False, "subject": "Stop sending me emails",
     "sender": "Dieter Vos <dieter.vos@grenslandwerkt.nl>",
     "body": "Hi, please take me off your list, I no longer work in local government. Thanks, Dieter"},
    {"id": "d13-unsub-10", "kind": "unsubscribe", "erase": False, "thread": W, "quoted": "welkom",
     "quote": "apple", "sender": "Farida Amzil <f.amzil@werkorganisatie-zaanstreek-noord.nl>",
     "body": "Bij nader inzien past het netwerk toch niet bij mijn functie. Zet me er maar weer af, sorry "
             "voor de moeite." + IPHONE_NL},
    # -- suggestions ------------------------------------------------------------------------------------------
    {"id": "d13-sug-01", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T, "quoted": "oproep_themas",
     "quote": "outlook-en", "sender": "Samira Bouzidi <s.bouzidi@werkorganisatie-amstelgein.nl>",
     "body": "Hi! My suggestion: how do you keep the personal touch at the front office (KCC) when "
             "residents call one central number? Inwoners missen nu het vertrouwde loket."},
    {"id": "d13-sug-02", "kind": "suggestion", "themes": ["organisatie"], "thread": T, "quoted": "oproep_themas",
     "quote": "gmail", "sender": "Kees Bontekoe <k.bontekoe@werkorganisatie-hoeksewaard-zuid.nl>",
     "body": "- financiële sturing en de begrotingscyclus van de werkorganisatie\n- AI-tools in onze werkprocessen: "
             "wat mag wel en niet"},
    {"id": "d13-sug-03", "kind": "suggestion", "themes": ["samenwerking", "strategie"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-nl",
     "sender": "Ingrid Boschma <i.boschma@gr-zuidwoude.nl>",
     "body": "Beste Stan en Melanie,\n\nTwee onderwerpen:\n1. De positie van onze werkorganisatie in de "
             "regiodeal en de verhouding met de buurgemeenten daarbuiten.\n2. Een langetermijnvisie: waar "
             "staat de fusieorganisatie over tien jaar, los van de collegeperiodes?\n\nGroet, Ingrid"},
    {"id": "d13-sug-04", "kind": "suggestion", "themes": ["samenwerking"], "thread": T, "quoted": "vervolg_atelier",
     "quote": "apple", "sender": "Thijs Aardema <thijs.aardema@dewerkorganisatie-oosterheide.nl>",
     "body": "Thanks for a great afternoon. Next time I'd love to dig into how the three councils can agree on "
             "shared ambitions when their political colours differ so much." + IPHONE},
    {"id": "d13-sug-05", "kind": "suggestion", "themes": ["organisatie"], "thread": T, "quoted": "oproep_themas",
     "quote": "outlook-lijn", "sender": "Hannah Wijnberg <h.wijnberg@werkorganisatie-lekdijk.nl>",
     "body": "Niet zozeer dienstverlening (daar zijn we wel klaar mee), maar het sturingsconcept: hoe organiseer "
             "je opdrachtgeverschap vanuit drie colleges naar één directie?"},
    {"id": "d13-sug-06", "kind": "suggestion", "themes": ["dienstverlening", "organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "notes",
     "sender": "Gerrit Bakker <g.bakker@werkorganisatie-westerkwartier-zuid.nl>",
     "body": "Voorstel: digitalisering van de vergunningverlening, en hoe je de prestaties richting "
             "ondernemers meet en zichtbaar maakt.\n\nG. Bakker"},
    {"id": "d13-sug-07", "kind": "suggestion", "themes": ["strategie"], "subject": "Onderwerp voor het atelier",
     "sender": "Marco Bleijenberg <m.bleijenberg@werkorganisatie-voorneputten.nl>", "thread": None,
     "body": "Hoi, een idee voor een volgend atelier: bestuurlijke prioriteiten stellen als elke gemeente een "
             "eigen coalitieakkoord heeft. Hoe maak je daar één inhoudelijke agenda van?\n\nMarco"},
    {"id": "d13-sug-08", "kind": "suggestion", "themes": ["samenwerking"], "thread": T, "quoted": "vervolg_atelier",
     "quote": "outlook-en", "sender": "Ralph Hendrikx <r.hendrikx@sittard-beek-werkt.nl>",
     "body": "Topic for next time: our role in the region - Euregio, cross-border cooperation with Belgian and "
             "German partners.\n\nRalph"},
    # -- other: questions, pitches, press, Adviesraad, someone else -------------------------------------------
    {"id": "d13-other-12", "kind": "other", "subject": "Question about membership",
     "sender": "Jasper Kleinjan <j.kleinjan@werkorganisatie-utrechtseheuvelrug-oost.nl>",
     "body": "Hello,\n\nCan deputy directors also become members, or is the network only for the general "
             "director? I'd like to know before I sign up.\n\nJasper"},
    {"id": "d13-other-13", "kind": "other", "subject": "Presentatie op het atelier?",
     "sender": "Bram Oudejans <bram@datadrivengov.nl>",
     "body": "Beste organisatie,\n\nWij zijn een adviesbureau gespecialiseerd in datagedreven sturing voor "
             "gemeenten. Graag verzorgen wij op een van uw ateliers een korte presentatie over onze aanpak. "
             "Zullen we eens bellen?\n\nBram Oudejans\nDataDrivenGov B.V."},
    {"id": "d13-other-14", "kind": "other", "subject": "Interview request",
     "sender": "Femke Dolstra <f.dolstra@binnenlandsbestuur-redactie.nl>",
     "body": "Dear secretariat,\n\nI'm writing a piece on ambtelijke fusies for a trade magazine. Could I speak "
             "with one of the organisers, or attend the atelier on 11 March as press?\n\nBest,\nFemke Dolstra"},
    {"id": "d13-other-15", "kind": "other", "subject": "Adviesraad",
     "sender": "Cor Blankenstijn <c.blankenstijn@ambtelijkedienst-krimpenerwaard.nl>",
     "body": "Goedemiddag,\n\nIk las dat er een Adviesraad is die het programma van de ateliers helpt kiezen. "
             "Ik stel me daarvoor graag beschikbaar.\n\nMet vriendelijke groet,\nCor Blankenstijn"},
    {"id": "d13-other-16", "kind": "other", "subject": "Afmelden collega",
     "sender": "Lydia Bruins <l.bruins@werkorganisatie-berkelstroom.nl>",
     "body": "Wilt u onze vorige directeur, Henk Roeterdink, afmelden en al zijn gegevens verwijderen? Hij is "
             "vertrokken en heeft mij gevraagd dit te regelen."},
    {"id": "d13-other-17", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-en", "sender": "Wouter Brink <wouter.brink@gemeentenvechtdal-werkt.nl>",
     "body": "Hi,\n\nMy email address changes to w.brink@vechtdalwerkt.nl on 1 March. Can you update it, and will "
             "the calendar invite still work?\n\nWouter"},
    {"id": "d13-other-18", "kind": "other", "subject": "Klacht over het vorige atelier",
     "sender": "Anneke Zuidema <a.zuidema@werkorganisatie-westerkwartier-zuid.nl>",
     "body": "Beste secretariaat,\n\nHet vorige atelier liep ruim een half uur uit en de zaal was te klein. Ik "
             "vond dat jammer en hoop dat daar de volgende keer rekening mee wordt gehouden.\n\nAnneke"},
    {"id": "d13-other-19", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "sender": "Paul Hoogeveen <paul.hoogeveen@werkorganisatie-eemsdelta-oost.nl>",
     "body": "Zijn de slides van het vorige atelier nog ergens te vinden? Ik wil ze graag delen met ons MT "
             "voordat we besluiten wie er gaat.\n\nPaul"},
    {"id": "d13-other-20", "kind": "other", "subject": "Factuur atelier?",
     "sender": "Crediteurenadministratie <crediteuren@werkorganisatie-lingewaal.nl>",
     "body": "Goedemorgen,\n\nMoeten wij voor deelname aan het atelier van 11 maart een factuur verwachten? "
             "Zo ja, graag met inkoopordernummer PO-27-00412.\n\nMet vriendelijke groet,\nCrediteuren"},
    {"id": "d13-other-21", "kind": "other", "thread": T, "quoted": "oproep_themas", "quote": "gmail",
     "sender": "Fleur Jansma <f.jansma@werkorganisatie-fryske-marren.nl>",
     "body": "What exactly does the Adviesraad do with the suggestions? And who sits on it? Before I send "
             "anything I'd like to know how topics get chosen."},
    {"id": "d13-other-22", "kind": "other", "subject": "Aanmelding van mijn MT",
     "sender": "Niels van Rijswijk <n.vanrijswijk@werkorganisatie-lekdijk.nl>",
     "body": "Kan ik mijn hele managementteam laten meelezen met de nieuwsbrief, zonder dat ze allemaal lid "
             "worden? Of is het lidmaatschap echt persoonlijk?"},
    {"id": "d13-other-23", "kind": "other", "thread": I, "quoted": "uitnodiging_vervanger", "quote": "outlook-en",
     "sender": "Layla Haddou <l.haddou@werkorganisatie-amstelgein.nl>",
     "body": "Hi,\n\nI'm happy to go, but I'm not a director - I'm a policy advisor. Is that OK for this kind of "
             "session, or should Dirk send someone more senior?\n\nLayla"},
    {"id": "d13-other-24", "kind": "other", "subject": "Wrong person?",
     "sender": "Maarten Hilhorst <m.hilhorst@werkorganisatie-kaagenbraassem.nl>",
     "body": "I keep getting your invitations but I'm the facility manager, not the director. Could you check "
             "who should be on your list for our organisation?"},
    {"id": "d13-other-25", "kind": "other", "thread": R, "quoted": "herinnering_atelier", "quote": "apple",
     "sender": "Leonie Haverkamp <l.haverkamp@werkorganisatie-twenterand.nl>",
     "body": "Is er een mogelijkheid om het atelier te verplaatsen naar een locatie in het oosten van het land? "
             "Voor ons is Utrecht steeds ver." + IPHONE_NL},
]
# fmt: on
