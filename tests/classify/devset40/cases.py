"""The fortieth labelled set's cases (issue 17): English-speaking and bilingual writers, each labelled as the
secretariat should treat it; cases that could not be labelled with confidence were left out.

Replies to our follow-up mail (vervolg_atelier) and to the thank-you for a suggestion carry the thread
``call_for_themes``. A director who cannot come but sends a deputy is an RSVP with ``attending`` False; a reply
that changes an earlier answer is labelled with the latest answer. Inline answers carry our quoted lines in
``body`` themselves and no ``quoted``. A mail mixing an act with a question a person must decide, or asking
something with consequences for someone else, is ``other``.
"""

from __future__ import annotations

from typing import Any

I = "invitation"  # noqa: E741
R = "reminder"
T = "call_for_themes"
C = "confirmation"
W = "welcome"
G = "goodbye"

IPHONE = "\n\nSent from my iPhone"
OUTLOOK_IOS = "\n\nGet Outlook for iOS"
SAMSUNG = "\n\nVerstuurd vanaf mijn Samsung Galaxy-smartphone."
DISCLAIMER_EN = (
    "\n\nThis e-mail and any attachments are confidential and intended solely for the addressee. If you have "
    "received it in error, please notify the sender and delete it. Werkorganisatie Rijnkempen processes personal "
    "data in accordance with the GDPR."
)
DISCLAIMER_BE = (
    "\n\nDit bericht is vertrouwelijk. Indien u niet de bestemmeling bent, gelieve de afzender te verwittigen en "
    "het bericht te verwijderen."
)
OOO = {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}

# fmt: off
CASES: list[dict[str, Any]] = [
    # -- SUBSCRIBE --------------------------------------------------------------------------------------------
    {"id": "d40-subscribe-01", "kind": "subscribe", "thread": None,
     "subject": "Joining the network",
     "sender": "Gareth Pryce <g.pryce@werkorganisatie-duivenwaard.nl>",
     "body": "Dear all,\n\nSince 1 November I've been the managing director of Werkorganisatie Duivenwaard, which "
             "serves three municipalities. I moved over from a shared services role in Manchester, so my Dutch "
             "is still a work in progress - apologies for writing in English.\n\nI would very much like to join "
             "the network. Please add me as a member.\n\nKind regards,\nGareth Pryce\nAlgemeen directeur / "
             "Managing Director\n+31 6 41 22 90 17"},
    {"id": "d40-subscribe-02", "kind": "subscribe", "thread": None,
     "subject": "aanmelding",
     "sender": "Sanne Okafor <s.okafor@bwl-gemeenten.nl>",
     "body": "Hoi, could you add me to het netwerk? Ik ben sinds kort directeur bij de BWL-organisatie en "
             "een collega zei dat dit the place to be is. Thanks!\n\nSanne" + IPHONE},
    {"id": "d40-subscribe-03", "kind": "subscribe", "thread": None,
     "subject": "Inschrijving netwerk directeurs",
     "sender": "Wouter Vandenbussche <wouter.vandenbussche@dommelvliet.nl>",
     "body": "Goeiedag,\n\nGraag had ik mij ingeschreven als lid van uw netwerk. Sinds de maand september ben ik "
             "algemeen directeur van de ambtelijke fusie Dommelvliet; daarvoor was ik stadssecretaris in een "
             "Kempense gemeente over de grens.\n\nMag ik u vragen mij op te nemen in de ledenlijst?\n\n"
             "Met vriendelijke groeten,\nWouter Vandenbussche" + DISCLAIMER_BE},
    {"id": "d40-subscribe-04", "kind": "subscribe", "thread": None,
     "subject": "Aanmelding als lid",
     "sender": "Dr. Katrin Hoffmeister <k.hoffmeister@waalzande.nl>",
     "body": "Geachte dames en heren,\n\nhierbij wil ik mij graag als lid bij uw netwerk aanmelden. Ik ben sinds "
             "1 september directeur van de werkorganisatie Waalzande (vier gemeenten) en had voordien een "
             "leidinggevende functie bij een Kreisverwaltung in Nordrhein-Westfalen. Het uitwisselen met "
             "collega's lijkt mij zeer zinvol.\n\nMit freundlichen Grüßen / met vriendelijke groet\n\n"
             "Dr. Katrin Hoffmeister\nDirecteur Werkorganisatie Waalzande"},
    {"id": "d40-subscribe-05", "kind": "subscribe", "thread": None,
     "subject": "Membership request",
     "sender": "Neil Ashworth <n.ashworth@heuvelland-oost.nl>",
     "body": "Name: Neil Ashworth\nOrganisation: Werkorganisatie Heuvelland-Oost\nRole: Director (gemeentesecretaris "
             "of two of the three member councils)\nE-mail: n.ashworth@heuvelland-oost.nl\nRequest: membership of "
             "the network\n\nThanks,\nNeil"},
    {"id": "d40-subscribe-06", "kind": "subscribe", "thread": None,
     "subject": "please sign me up",
     "sender": "Priya Raman-de Wit <p.ramandewit@maasmeren.nl>",
     "body": "Hi,\n\nPlease sign me up for the network - keen to hear about the next atelier and to meet "
             "peers running similar setups.\n\nBest,\nPriya Raman-de Wit\nDirector, Maasmeren shared services"
             + OUTLOOK_IOS},
    {"id": "d40-subscribe-07", "kind": "subscribe", "thread": None,
     "subject": "Keep me in the loop",
     "sender": "Tom Hargreaves <tom.hargreaves@veenstreek-zuid.nl>",
     "body": "Good afternoon,\n\nI'd appreciate being kept in the loop about the network and its ateliers - "
             "would you put me on your member list? I head up the Veenstreek-Zuid werkorganisatie.\n\n"
             "Cheers,\nTom"},
    {"id": "d40-subscribe-08", "kind": "subscribe", "thread": None,
     "subject": "Fwd: brochure netwerk",
     "sender": "Linda Marsh <l.marsh@eemvallei.nl>",
     "body": "A fellow director in the Eemvallei region forwarded me your brochure. Count me in - I'd like to "
             "become a member myself.\n\nLinda Marsh\nGemeentesecretaris/algemeen directeur\nGR Eemvallei"},
    {"id": "d40-subscribe-09", "kind": "subscribe", "thread": G, "quoted": "afmelding_bevestigd",
     "quote": "gmail",
     "sender": "Martin O'Leary <m.oleary@kempenbrug.nl>",
     "body": "Oops - that unsubscribe was a fat-finger on my phone. Lid blijven please!\n\nMartin"},
    {"id": "d40-subscribe-10", "kind": "subscribe", "thread": None,
     "subject": "Aanmelden",
     "sender": "Fiona Doyle <f.doyle@zwinstreek.nl>",
     "body": "As discussed with Stan at the congress in Den Bosch: hereby my aanmelding for the netwerk.\n\n"
             "Best regards,\nFiona Doyle\nDirecteur Zwinstreek"},
    {"id": "d40-subscribe-11", "kind": "subscribe", "thread": None,
     "subject": "Lidmaatschap",
     "sender": "Rutger Holmes <r.holmes@vechtzoom.nl>",
     "body": "Graag word ik lid van het netwerk - I lead the werkorganisatie of three gemeenten along the Vecht "
             "and we're entering the doorontwikkeling phase, so sharing with peers would really help.\n\n"
             "Met vriendelijke groet / kind regards,\nRutger Holmes"},
    {"id": "d40-subscribe-12", "kind": "subscribe", "thread": None,
     "subject": "aansluiten bij netwerk",
     "sender": "Griet De Clercq <griet.declercq@ijsselgouw.nl>",
     "body": "Dag secretariaat,\n\nIk zou mij graag aansluiten bij jullie netwerk van directeurs. Ik ben recent "
             "gestart als algemeen directeur van IJsselgouw. Kunnen jullie mij opnemen?\n\nVriendelijke groeten,\n"
             "Griet De Clercq"},
    {"id": "d40-subscribe-13", "kind": "subscribe", "thread": None,
     "subject": "Anmeldung / aanmelding",
     "sender": "Jens Brinkhaus <j.brinkhaus@lindeveld.nl>",
     "body": "Goedendag,\n\nik zou me graag bij uw netwerk aanmelden. Sinds het voorjaar leid ik de "
             "werkorganisatie Lindeveld. Excuus voor mijn Nederlands, het is nog niet perfect.\n\n"
             "Viele Grüße\nJens Brinkhaus"},
    {"id": "d40-subscribe-14", "kind": "subscribe", "thread": None,
     "subject": "join",
     "sender": "Dan Whitfield <dan.whitfield@drie-polders.nl>",
     "body": "subscribe\n\nDan Whitfield, director De Drie Polders" + IPHONE},
    {"id": "d40-subscribe-15", "kind": "subscribe", "thread": None,
     "subject": "Re: netwerk",
     "sender": "Annelies Verhaegen <a.verhaegen@rijnkempen.nl>",
     "body": "Beste,\n\nNa het gesprek met Melanie vorige week: ik wil er graag bij als lid. Zet mij maar op de "
             "lijst.\n\nGroetjes,\nAnnelies Verhaegen\nalgemeen directeur Rijnkempen"},
    {"id": "d40-subscribe-16", "kind": "subscribe", "thread": None,
     "subject": "Registration - network of directors",
     "sender": "Chloe Bennett <c.bennett@werkorganisatie-aaweide.nl>",
     "body": "Dear Secretariat,\n\nI hereby register as a member of the Network of directors of shared "
             "municipal organisations. I took up the post of director at Werkorganisatie Aaweide on 1 "
             "October.\n\nYours faithfully,\nChloe Bennett" + DISCLAIMER_EN},

    # -- UNSUBSCRIBE ------------------------------------------------------------------------------------------
    {"id": "d40-unsubscribe-01", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": "Remove from list",
     "sender": "Steve Kimber <s.kimber@maasmeren.nl>",
     "body": "Please remove me from your mailing list. Thanks.\n\nSteve"},
    {"id": "d40-unsubscribe-02", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": "Leaving",
     "sender": "Hannah Lowe <h.lowe@eemvallei.nl>",
     "body": "Hi both,\n\nI'm leaving Eemvallei at the end of this month to go back to the UK, so please take "
             "me off the network list. It's been a pleasure.\n\nAll the best,\nHannah"},
    {"id": "d40-unsubscribe-03", "kind": "unsubscribe", "erase": True, "thread": None,
     "subject": "GDPR erasure request (Art. 17)",
     "sender": "Robert Finch <r.finch@kempenbrug.nl>",
     "body": "Dear Sir or Madam,\n\nUnder Article 17 of the General Data Protection Regulation I request the "
             "erasure of all personal data you hold about me, including my name, e-mail address and any "
             "records of attendance. Please also end my membership of the network.\n\nKindly confirm once this "
             "has been done.\n\nRegards,\nRobert Finch"},
    {"id": "d40-unsubscribe-04", "kind": "unsubscribe", "erase": True, "thread": None,
     "subject": "uitschrijven + gegevens",
     "sender": "Marloes Grant <m.grant@veenstreek-zuid.nl>",
     "body": "Graag uitschrijven, I'm no longer in this role. En ook graag mijn gegevens verwijderen uit "
             "jullie bestand conform de AVG.\n\nThx, Marloes"},
    {"id": "d40-unsubscribe-05", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": "Handover to my successor",
     "sender": "Alistair Reid <a.reid@drie-polders.nl>",
     "body": "Dear colleagues,\n\nAs of 1 January I'm handing over the directorship of De Drie Polders. My "
             "successor, Ingrid Bakels (i.bakels@drie-polders.nl), takes over from me - please unsubscribe me and "
             "send future mail to her.\n\nThanks for all the good sessions,\nAlistair Reid"},
    {"id": "d40-unsubscribe-06", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": "Uitschrijving",
     "sender": "Dirk Van Hecke <dirk.vanhecke@dommelvliet.nl>",
     "body": "Goedemiddag,\n\nGelieve mij uit te schrijven uit uw verzendlijst. Ik ga eind februari met pensioen.\n\n"
             "Met vriendelijke groeten,\nDirk Van Hecke" + DISCLAIMER_BE},
    {"id": "d40-unsubscribe-07", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": "Afmelding netwerk",
     "sender": "Ulrike Kessler <u.kessler@lindeveld.nl>",
     "body": "Geachte dames en heren,\n\nhiermee wil ik mij van het netwerk afmelden, omdat ik per 1 april terug "
             "naar Duitsland ga en daar een nieuwe functie aanneem. Voor de goede samenwerking hartelijk dank.\n\n"
             "Mit freundlichen Grüßen\nUlrike Kessler"},
    {"id": "d40-unsubscribe-08", "kind": "unsubscribe", "erase": False, "thread": T, "quoted": "oproep_themas",
     "quote": "outlook-en",
     "sender": "Paul Dempsey <p.dempsey@zwinstreek.nl>",
     "body": "No topics from me this round - I'm actually stepping down next month, so please take me off the "
             "network's list altogether.\n\nPaul"},
    {"id": "d40-unsubscribe-09", "kind": "unsubscribe", "erase": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-lijn",
     "sender": "Karen Pope <k.pope@heuvelland-oost.nl>",
     "body": "I won't be attending, and in fact I'd like to be unsubscribed from the network altogether. The "
             "focus has shifted for me.\n\nKaren Pope"},
    {"id": "d40-unsubscribe-10", "kind": "unsubscribe", "erase": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "apple",
     "sender": "Jonathan Byrne <j.byrne@ijsselgouw.nl>",
     "body": "Can't make it. Also, and more importantly: please delete my personal data from your systems (GDPR) "
             "and stop mailing me.\n\nJ. Byrne" + IPHONE},
    {"id": "d40-unsubscribe-11", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": "unsubscribe",
     "sender": "m.ahmed@waalzande.nl",
     "body": "unsubscribe"},
    {"id": "d40-unsubscribe-12", "kind": "unsubscribe", "erase": False, "thread": R, "quoted": "herinnering_atelier",
     "quote": "gmail",
     "sender": "Olivia Tan <o.tan@bwl-gemeenten.nl>",
     "body": "Stop sending these please - the network isn't relevant to my job anymore since the reorganisation. "
             "Take me off the list.\n\nO."},
    {"id": "d40-unsubscribe-13", "kind": "unsubscribe", "erase": False, "thread": W,
     "subject": "Re: Welkom bij het Netwerk van directeuren van ambtelijke fusieorganisaties",
     "sender": "Ben Carrington <b.carrington@rijnkempen.nl>",
     "body": "> U ontvangt deze e-mail als lid van het Netwerk van directeuren van ambtelijke fusieorganisaties.\n"
             "> Afmelden? Antwoord op deze e-mail met 'afmelden' of stuur een e-mail naar info@ambtelijkefusie.nl.\n\n"
             "afmelden - yes please. Turns out the shared services side isn't mine after all.\n\nBen"},
    {"id": "d40-unsubscribe-14", "kind": "unsubscribe", "erase": True, "thread": None,
     "subject": "Right to be forgotten",
     "sender": "Emma Sutherland <e.sutherland@aaweide.nl>",
     "body": "Hello,\n\nI'm exercising my right to be forgotten: please erase my name, e-mail address and any "
             "notes on my attendance, and remove me as a member.\n\nMany thanks,\nEmma Sutherland"},
    {"id": "d40-unsubscribe-15", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": "vertrokken / left",
     "sender": "Joost Palmer <joost.palmer@vechtzoom.nl>",
     "body": "Ik ben per 1 februari vertrokken bij de werkorganisatie, so please remove me from het netwerk. "
             "Thanks!\n\nJoost" + SAMSUNG},
    {"id": "d40-unsubscribe-16", "kind": "unsubscribe", "erase": True, "thread": W, "quoted": "welkom",
     "quote": "outlook-en",
     "sender": "Rachel Moss <r.moss@eemvallei.nl>",
     "body": "Sorry, this was a mix-up: I'm the deputy, not the director, and I didn't mean to join. Please "
             "remove me and delete my details from your files.\n\nRachel Moss"},
    {"id": "d40-unsubscribe-17", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": "Overdracht lidmaatschap",
     "sender": "Bart Claeys <bart.claeys@kempenbrug.nl>",
     "body": "Dag Stan, dag Melanie,\n\nVanaf april neemt mevrouw Evi Smolders (e.smolders@kempenbrug.nl) mijn "
             "functie over; zij is mijn opvolger. Mij mogen jullie dus van de lijst halen.\n\n"
             "Vriendelijke groeten,\nBart Claeys"},
    {"id": "d40-unsubscribe-18", "kind": "unsubscribe", "erase": False, "thread": R, "quoted": "herinnering_atelier",
     "quote": "outlook-nl",
     "sender": "Graham Weller <g.weller@duivenwaard.nl>",
     "body": "I'll pass on Thursday - and on the network as a whole, I'm afraid. I retire in March, so please "
             "take me off your list.\n\nBest wishes,\nGraham"},

    {"id": "d40-unsubscribe-19", "kind": "unsubscribe", "erase": True, "thread": T, "quoted": "oproep_themas",
     "quote": "outlook-nl", "sender": "Lieve Goossens <lieve.goossens@rijnkempen.nl>",
     "body": "Goeiedag,\n\nGeen thema's van mijn kant. Gelieve mij uit te schrijven en al mijn persoonsgegevens "
             "te wissen conform de GDPR.\n\nMet vriendelijke groeten,\nLieve Goossens" + DISCLAIMER_BE},

    # -- CONFIRM ----------------------------------------------------------------------------------------------
    {"id": "d40-confirm-01", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "outlook-en", "sender": "Gareth Pryce <g.pryce@werkorganisatie-duivenwaard.nl>",
     "body": "Confirmed."},
    {"id": "d40-confirm-02", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "gmail", "sender": "Sanne Okafor <s.okafor@bwl-gemeenten.nl>",
     "body": "Yes, that's me - confirming!"},
    {"id": "d40-confirm-03", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "apple", "sender": "Dan Whitfield <dan.whitfield@drie-polders.nl>",
     "body": "ok" + IPHONE},
    {"id": "d40-confirm-04", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "outlook-lijn", "sender": "Rutger Holmes <r.holmes@vechtzoom.nl>",
     "body": "Bevestigd, thanks!\n\nRutger"},
    {"id": "d40-confirm-05", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "outlook-nl", "sender": "Griet De Clercq <griet.declercq@ijsselgouw.nl>",
     "body": "Goeiemorgen,\n\nHierbij bevestig ik mijn inschrijving.\n\nVriendelijke groeten,\nGriet De Clercq"
             + DISCLAIMER_BE},
    {"id": "d40-confirm-06", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "notes", "sender": "Dr. Katrin Hoffmeister <k.hoffmeister@waalzande.nl>",
     "body": "Sehr geehrter Herr Van de Laar,\n\nhierbij bevestig ik graag mijn aanmelding.\n\nMit freundlichen "
             "Grüßen\nK. Hoffmeister"},
    {"id": "d40-confirm-07", "kind": "confirm", "thread": C, "quoted": "herinnering_aanmelding",
     "quote": "outlook-en", "sender": "Tom Hargreaves <tom.hargreaves@veenstreek-zuid.nl>",
     "body": "Sorry, the first one got buried in my inbox. Yes, I'd still like to join - consider this my "
             "confirmation.\n\nTom"},
    {"id": "d40-confirm-08", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "groupwise", "sender": "Linda Marsh <l.marsh@eemvallei.nl>",
     "body": "Ja hoor, that's correct. Dit is mijn adres."},
    {"id": "d40-confirm-09", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "gmail", "sender": "Neil Ashworth <n.ashworth@heuvelland-oost.nl>",
     "body": "Confirm" + OUTLOOK_IOS},
    {"id": "d40-confirm-10", "kind": "confirm", "thread": None,
     "subject": "Confirmation ref AF-7K3Q9-XM2PA-4RTZ8",
     "sender": "Chloe Bennett <c.bennett@werkorganisatie-aaweide.nl>",
     "body": "Hello,\n\nHereby I confirm my registration with reference AF-7K3Q9-XM2PA-4RTZ8 (your mail didn't "
             "come through properly on my phone, so I'm writing separately).\n\nKind regards,\nChloe Bennett"},
    {"id": "d40-confirm-11", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "doorgestuurd", "sender": "Jens Brinkhaus <j.brinkhaus@lindeveld.nl>",
     "body": "Ja, klopt - Anja hat mich angemeld, maar het is wel degelijk mijn eigen wens. Hiermit bevestigd.\n\n"
             "Jens"},
    {"id": "d40-confirm-12", "kind": "confirm", "thread": C, "quoted": "herinnering_aanmelding",
     "quote": "notes-wrote", "sender": "Fiona Doyle <f.doyle@zwinstreek.nl>",
     "body": "Happy to confirm. Looking forward to my first atelier!\n\nFiona"},

    {"id": "d40-confirm-13", "kind": "confirm", "thread": C, "quoted": "herinnering_aanmelding",
     "quote": "outlook-lijn", "sender": "Wouter Vandenbussche <wouter.vandenbussche@dommelvliet.nl>",
     "body": "In orde, ik bevestig.\n\nW. Vandenbussche"},

    # -- SUGGESTION -------------------------------------------------------------------------------------------
    {"id": "d40-suggestion-01", "kind": "suggestion", "themes": ["samenwerking"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-en", "sender": "Gareth Pryce <g.pryce@duivenwaard.nl>",
     "body": "One topic from me: how do you keep the three councils on board when their ambitions start to "
             "pull in different directions? Our colleges agree on the big picture but not on the shared regional "
             "projects we run together.\n\nGareth"},
    {"id": "d40-suggestion-02", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "gmail", "sender": "Priya Raman-de Wit <p.ramandewit@maasmeren.nl>",
     "body": "Suggestion: AI and automation in our back-office processes. Where do you start, who owns it, and "
             "how do you get the staff along?\n\nPriya"},
    {"id": "d40-suggestion-03", "kind": "suggestion", "themes": ["strategie"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-lijn", "sender": "Neil Ashworth <n.ashworth@heuvelland-oost.nl>",
     "body": "I'd like to put forward our long-term vision: what should a shared organisation like ours look "
             "like in 2035, and how do you build a content agenda around that with the boards?\n\nRegards,\nNeil"},
    {"id": "d40-suggestion-04", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T,
     "quoted": "oproep_themas", "quote": "apple", "sender": "Linda Marsh <l.marsh@eemvallei.nl>",
     "body": "My topic: customer satisfaction at the KCC and the front desk. How do other fusies measure it, "
             "and what do residents actually notice of the merger?\n\nLinda" + IPHONE},
    {"id": "d40-suggestion-05", "kind": "suggestion", "themes": ["organisatie", "samenwerking"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-nl", "sender": "Rutger Holmes <r.holmes@vechtzoom.nl>",
     "body": "Two things:\n1. financial control - keeping the werkorganisatie's own budget in check while costs "
             "keep rising;\n2. the relationship with the four colleges of B&W, who each want their own "
             "speed.\n\nBest, Rutger"},
    {"id": "d40-suggestion-06", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-en", "sender": "Sanne Okafor <s.okafor@bwl-gemeenten.nl>",
     "body": "Mijn suggestie: digital service delivery voor ondernemers - a one-stop shop voor vergunningen "
             "over de gemeentegrenzen heen.\n\nSanne"},
    {"id": "d40-suggestion-07", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-nl",
     "sender": "Wouter Vandenbussche <wouter.vandenbussche@dommelvliet.nl>",
     "body": "Goeiedag,\n\nGraag zou ik het thema personeelsbeleid aankaarten: formatie, de krapte op de "
             "arbeidsmarkt en hoe wij ons talent houden.\n\nVriendelijke groeten,\nWouter" + DISCLAIMER_BE},
    {"id": "d40-suggestion-08", "kind": "suggestion", "themes": ["samenwerking"], "thread": T,
     "quoted": "oproep_themas", "quote": "notes", "sender": "Dr. Katrin Hoffmeister <k.hoffmeister@waalzande.nl>",
     "body": "Geachte heer Van de Laar,\n\nmijn voorstel voor het atelier: de positie van onze fusieorganisatie "
             "in de regio. Hoe verhouden wij ons tot de centrumgemeente en tot de regionale samenwerkingsverbanden "
             "(Regio Deal, veiligheidsregio)?\n\nMit freundlichen Grüßen\nK. Hoffmeister"},
    {"id": "d40-suggestion-09", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "gmail", "sender": "Tom Hargreaves <tom.hargreaves@veenstreek-zuid.nl>",
     "body": "Not strategy again please - we spent the whole of last spring on that. What I'd really like to "
             "discuss is hybrid working and our office concept: fewer desks, more flexible teams.\n\nTom"},
    {"id": "d40-suggestion-10", "kind": "suggestion", "themes": ["strategie"], "thread": T,
     "sender": "Fiona Doyle <f.doyle@zwinstreek.nl>",
     "subject": "RE: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
     "body": "> Welk vraagstuk rond de (door)ontwikkeling van uw ambtelijke fusieorganisatie wilt u graag met "
             "collega's bespreken?\n\nThe political priorities after the 2026 elections: new coalitions in all "
             "three councils, and our organisation has to translate three coalition agreements into one "
             "agenda.\n\n> Beantwoord deze e-mail met uw onderwerpen, graag vóór 21 januari 2027.\n\nDone :)\n\nFiona"},
    {"id": "d40-suggestion-11", "kind": "suggestion", "themes": ["strategie", "samenwerking", "dienstverlening"],
     "thread": T, "quoted": "oproep_themas", "quote": "outlook-lijn",
     "sender": "Chloe Bennett <c.bennett@werkorganisatie-aaweide.nl>",
     "body": "Three suggestions, one per line as requested:\n- setting priorities for the long term with boards "
             "that think in four-year terms\n- shared regional tasks such as housing and the energy transition, "
             "and who takes the lead among our municipalities\n- reporting our performance to residents in a way "
             "they actually read\n\nKind regards,\nChloe"},
    {"id": "d40-suggestion-12", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T,
     "quoted": "vervolg_atelier", "quote": "outlook-en", "sender": "Martin O'Leary <m.oleary@kempenbrug.nl>",
     "body": "Great afternoon, thanks! For next time: monitoring service levels - dashboards on waiting times "
             "and response times for residents and businesses, and what you do when the numbers dip.\n\nMartin"},
    {"id": "d40-suggestion-13", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "groupwise", "sender": "Steve Kimber <s.kimber@maasmeren.nl>",
     "body": "Topic: information security and I&A. Ransomware, BIO compliance, one IT landscape for four "
             "municipalities - keeps me awake at night.\n\nSteve"},
    {"id": "d40-suggestion-14", "kind": "suggestion", "themes": ["organisatie"], "thread": None,
     "subject": "Topic for the March atelier",
     "sender": "Alistair Reid <a.reid@drie-polders.nl>",
     "body": "Hi Stan,\n\nA topic I'd love to see on the agenda: leadership and management span in a merged "
             "organisation - our sturingsconcept with integral managers is creaking and I'm curious how others "
             "have redesigned theirs.\n\nCheers,\nAlistair"},
    {"id": "d40-suggestion-15", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T,
     "quoted": "oproep_themas", "quote": "notes-wrote", "sender": "Hannah Lowe <h.lowe@eemvallei.nl>",
     "body": "Digital inclusion: residents who can't or won't do it online. How do you keep the counter "
             "accessible while pushing everything to the app?\n\nHannah"},
    {"id": "d40-suggestion-16", "kind": "suggestion", "themes": ["samenwerking"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-nl", "sender": "Griet De Clercq <griet.declercq@ijsselgouw.nl>",
     "body": "Dag,\n\nIk stel voor: hoe bewaar je de eigenheid van elke gemeente terwijl je het beleid "
             "harmoniseert? Bij ons voelen de kleinere gemeenten zich wat ondergesneeuwd.\n\nGroeten,\nGriet"},
    {"id": "d40-suggestion-17", "kind": "suggestion", "themes": ["strategie"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-en", "sender": "Robert Finch <r.finch@kempenbrug.nl>",
     "body": "Our organisation structure was sorted years ago, so that is not what I'm after. Rather: the "
             "long-term agenda - what do the colleges want from us in ten years' time, and are we building "
             "towards it?\n\nRobert"},
    {"id": "d40-suggestion-18", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "bedankt_suggestie", "quote": "gmail", "sender": "Olivia Tan <o.tan@bwl-gemeenten.nl>",
     "body": "One more to add, if I may: the labour market - recruiting and keeping young professionals when "
             "the province and the big cities pay more.\n\nOlivia"},
    {"id": "d40-suggestion-19", "kind": "suggestion", "themes": ["strategie", "samenwerking"], "thread": T,
     "quoted": "oproep_themas", "quote": "apple", "sender": "Joost Palmer <joost.palmer@vechtzoom.nl>",
     "body": "Wat mij bezighoudt: de strategic agenda versus de waan van de dag, en our positioning in de regio "
             "next to de centrumgemeente.\n\nJoost" + SAMSUNG},
    {"id": "d40-suggestion-20", "kind": "suggestion", "themes": ["dienstverlening"], "thread": None,
     "subject": "Idee voor atelier: benchmark dienstverlening",
     "sender": "Emma Sutherland <e.sutherland@aaweide.nl>",
     "body": "Hello both,\n\nIdea for a coming atelier: benchmarking service performance across the fusies - "
             "KPIs such as lead times for permits and how quickly citizens get an answer. Would be great to "
             "compare notes.\n\nEmma"},

    {"id": "d40-suggestion-21", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "notes-wrote", "sender": "Ulrike Kessler <u.kessler@lindeveld.nl>",
     "body": "Mijn Vorschlag, excuus, mijn voorstel: de sturing op de P&C-cyclus en de begroting van de "
             "werkorganisatie zelf, nu de loonkosten zo stijgen.\n\nMit freundlichen Grüßen\nU. Kessler"},

    # -- RSVP -------------------------------------------------------------------------------------------------
    {"id": "d40-rsvp-01", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-en", "sender": "Gareth Pryce <g.pryce@duivenwaard.nl>",
     "body": "Count me in!\n\nGareth"},
    {"id": "d40-rsvp-02", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "gmail", "sender": "Tom Hargreaves <tom.hargreaves@veenstreek-zuid.nl>",
     "body": "I'll pass this time, thanks - hope to catch the next one.\n\nTom"},
    {"id": "d40-rsvp-03", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-lijn", "sender": "Chloe Bennett <c.bennett@werkorganisatie-aaweide.nl>",
     "body": "Happy to join. See you in Utrecht.\n\nChloe" + DISCLAIMER_EN},
    {"id": "d40-rsvp-04", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-en", "sender": "Alistair Reid <a.reid@drie-polders.nl>",
     "body": "Can't make it myself, but my deputy Hanneke Vos (h.vos@drie-polders.nl) will come in my place.\n\n"
             "Alistair"},
    {"id": "d40-rsvp-05", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "apple", "sender": "Steve Kimber <s.kimber@maasmeren.nl>",
     "body": "Count me out for the 11th - it's budget week here." + IPHONE},
    {"id": "d40-rsvp-06", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "sender": "Wouter Vandenbussche <wouter.vandenbussche@dommelvliet.nl>",
     "body": "Goeiemiddag,\n\nIk zak graag af naar Utrecht voor het atelier. Tot dan!\n\nWouter"},
    {"id": "d40-rsvp-07", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "notes", "sender": "Ulrike Kessler <u.kessler@lindeveld.nl>",
     "body": "Geachte heer Van de Laar,\n\nhelaas kan ik op 11 maart niet komen; ik heb op die dag een termijn "
             "bij de provincie die ik niet kan verschuiven.\n\nMit freundlichen Grüßen\nUlrike Kessler"},
    {"id": "d40-rsvp-08", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "gmail", "sender": "Rutger Holmes <r.holmes@vechtzoom.nl>",
     "body": "Yes, ik kom - plus one: our CFO Jeroen Maas comes along.\n\nRutger"},
    {"id": "d40-rsvp-09", "kind": "rsvp", "attending": False, "thread": I, "quoted": "bevestiging_rsvp",
     "quote": "outlook-en", "sender": "Karen Pope <k.pope@heuvelland-oost.nl>",
     "body": "Something has come up at the council, so please take me off the waiting list - I won't be able "
             "to come after all.\n\nKaren"},
    {"id": "d40-rsvp-10", "kind": "rsvp", "attending": True, "thread": I, "quoted": "wijziging_atelier",
     "quote": "outlook-lijn", "sender": "Fiona Doyle <f.doyle@zwinstreek.nl>",
     "body": "The new date works fine for me - still coming.\n\nFiona"},
    {"id": "d40-rsvp-11", "kind": "rsvp", "attending": False, "thread": I, "quoted": "wijziging_atelier",
     "quote": "gmail", "sender": "Neil Ashworth <n.ashworth@heuvelland-oost.nl>",
     "body": "18 March is a no-go for me unfortunately (audit committee), so I have to withdraw.\n\nNeil"},
    {"id": "d40-rsvp-12", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_vervanger",
     "quote": "outlook-en", "sender": "Hanneke Vos <h.vos@drie-polders.nl>",
     "body": "Thanks - I'll be there on Dirk's behalf.\n\nHanneke Vos\nLoco-directeur"},
    {"id": "d40-rsvp-13", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_vervanger",
     "quote": "apple", "sender": "Sam Ridley <s.ridley@eemvallei.nl>",
     "body": "Sorry, I can't stand in for Dirk either - I'm on leave that week.\n\nSam" + IPHONE},
    {"id": "d40-rsvp-14", "kind": "rsvp", "attending": True, "thread": R, "quoted": "herinnering_atelier",
     "quote": "outlook-nl", "sender": "Linda Marsh <l.marsh@eemvallei.nl>",
     "body": "Still on for Thursday - see you there!\n\nLinda"},
    {"id": "d40-rsvp-15", "kind": "rsvp", "attending": False, "thread": R, "quoted": "herinnering_atelier",
     "quote": "gmail", "sender": "Jonathan Byrne <j.byrne@ijsselgouw.nl>",
     "body": "Apologies - I have to cancel last minute, my youngest is ill and there's nobody else at home.\n\n"
             "Jonathan" + OUTLOOK_IOS},
    {"id": "d40-rsvp-16", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-en", "sender": "Olivia Tan <o.tan@bwl-gemeenten.nl>",
     "body": "Earlier I said no, but my agenda has cleared up after all - ik kom toch!\n\nOlivia"},
    {"id": "d40-rsvp-17", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-lijn", "sender": "Martin O'Leary <m.oleary@kempenbrug.nl>",
     "body": "Please ignore my yes from last week: the council has moved its meeting to the 11th, so I'm out.\n\n"
             "Martin"},
    {"id": "d40-rsvp-18", "kind": "rsvp", "attending": True, "thread": None,
     "subject": "Registration atelier 11 March",
     "sender": "Priya Raman-de Wit <p.ramandewit@maasmeren.nl>",
     "body": "Hello,\n\nI'd like to register for the Leer- en inspireer-atelier on 11 March in Utrecht. Just me, "
             "no guests.\n\nThanks,\nPriya"},
    {"id": "d40-rsvp-19", "kind": "rsvp", "attending": True, "thread": I,
     "sender": "Ben Carrington <b.carrington@rijnkempen.nl>",
     "subject": "RE: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid "
                "[atelier:2027-1]",
     "body": "> Komt u? Beantwoord deze e-mail met \"ja, ik kom\" of \"nee, helaas\".\n\nYes.\n\n> Neemt u iemand "
             "mee, vermeld dan met hoeveel\n> personen u komt.\n\nNo, just me.\n\nBen"},
    {"id": "d40-rsvp-20", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "sender": "Bart Claeys <bart.claeys@kempenbrug.nl>",
     "body": "Dag Melanie,\n\nIk geraak er zelf niet, maar mijn adjunct-directeur Lotte Peeters "
             "(l.peeters@kempenbrug.nl) komt in mijn plaats.\n\nVriendelijke groeten,\nBart" + DISCLAIMER_BE},
    {"id": "d40-rsvp-21", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "notes-wrote", "sender": "Jens Brinkhaus <j.brinkhaus@lindeveld.nl>",
     "body": "Ich komme gern - ik kom dus graag, samen met één collega (Mareike Stoll, concerncontroller).\n\n"
             "Viele Grüße\nJens"},
    {"id": "d40-rsvp-22", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "groupwise", "sender": "Emma Sutherland <e.sutherland@aaweide.nl>",
     "body": "Sadly I can't make it - clash with the regional board meeting. Good luck with the session!\n\nEmma"},
    {"id": "d40-rsvp-23", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "doorgestuurd", "sender": "Graham Weller <g.weller@duivenwaard.nl>",
     "body": "Anja, I'm in for this one - please let them know. Thanks, Graham"},
    {"id": "d40-rsvp-24", "kind": "rsvp", "attending": True, "thread": R, "quoted": "herinnering_atelier",
     "quote": "apple", "sender": "Hannah Lowe <h.lowe@eemvallei.nl>",
     "body": "Running a bit late on the day (train from Groningen), but definitely coming. Save me a coffee!\n\n"
             "H." + IPHONE},
    {"id": "d40-rsvp-25", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "ongemarkeerd", "sender": "Paul Dempsey <p.dempsey@zwinstreek.nl>",
     "body": "Thanks for the invite, but I'll have to sit this one out.\n\nPaul"},

    {"id": "d40-rsvp-26", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "gmail", "sender": "Marloes Grant <m.grant@veenstreek-zuid.nl>",
     "body": "Wouldn't miss it! Ik neem mijn plaatsvervanger mee, so that's 2 people.\n\nMarloes" + SAMSUNG},

    # -- AUTOREPLY --------------------------------------------------------------------------------------------
    {"id": "d40-autoreply-01", "kind": "autoreply", "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-en", "headers": OOO, "sender": "Gareth Pryce <g.pryce@duivenwaard.nl>",
     "subject": "Automatic reply: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking "
                "& eigenheid [atelier:2027-1]",
     "body": "Thank you for your email. I am out of the office until Monday 15 March with limited access to "
             "email. For urgent matters please contact my office manager, Joyce Willems, on 0344 61 20 00.\n\n"
             "Kind regards,\nGareth Pryce"},
    {"id": "d40-autoreply-02", "kind": "autoreply", "thread": T, "headers": OOO,
     "sender": "Rutger Holmes <r.holmes@vechtzoom.nl>",
     "subject": "Automatisch antwoord: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 "
                "[atelier:2027-1]",
     "body": "Ik ben afwezig tot en met 8 januari. Uw bericht wordt niet doorgestuurd.\n\nI am out of office "
             "until 8 January. Your message will not be forwarded; for urgent matters please call "
             "0294 40 12 12.\n\nRutger Holmes"},
    {"id": "d40-autoreply-03", "kind": "autoreply", "thread": I,
     "headers": {"Auto-Submitted": "auto-generated", "X-Ticket-ID": "2027030212000123"},
     "sender": "Servicedesk Werkorganisatie Maasmeren <servicedesk@maasmeren.nl>",
     "subject": "[Ticket#2027030212000123] Your request has been received",
     "body": "This is an automated response - please do not reply.\n\nThank you for contacting the Service Desk "
             "of Werkorganisatie Maasmeren. Your message has been logged under ticket number 2027030212000123. "
             "One of our staff will get back to you within three working days.\n\nPlease quote the ticket "
             "number in any further correspondence."},
    {"id": "d40-autoreply-04", "kind": "autoreply", "thread": None,
     "headers": {"Auto-Submitted": "auto-replied"},
     "sender": "Klantcontact Dommelvliet <info@dommelvliet.nl>",
     "subject": "Ontvangstbevestiging melding M-2703-0412 / Acknowledgement of receipt",
     "body": "Geachte heer/mevrouw,\n\nWij hebben uw bericht ontvangen en geregistreerd onder meldingnummer "
             "M-2703-0412. U krijgt binnen tien werkdagen een reactie.\n\nDear Sir/Madam, we have received your "
             "message and registered it under number M-2703-0412. You will hear from us within ten working "
             "days.\n\nDit is een automatisch gegenereerd bericht."},
    {"id": "d40-autoreply-05", "kind": "autoreply", "thread": R, "quoted": "herinnering_atelier",
     "quote": "outlook-en", "headers": {"Precedence": "bulk"},
     "sender": "Karen Pope <k.pope@heuvelland-oost.nl>",
     "subject": "Out of Office: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]",
     "body": "I'm currently travelling and will be back on 12 March. I'll respond to your message as soon as "
             "possible after my return.\n\nKaren"},
    {"id": "d40-autoreply-06", "kind": "autoreply", "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-en", "sender": "Hannah Lowe <h.lowe@eemvallei.nl>",
     "subject": "Automatic reply: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking "
                "& eigenheid [atelier:2027-1]",
     "body": "Hello, and thank you for your message. I am on maternity leave until 1 June 2027 and am not "
             "reading my email. During my leave, Peter Hulst (p.hulst@eemvallei.nl) is acting director.\n\n"
             "Hannah Lowe"},
    {"id": "d40-autoreply-07", "kind": "autoreply", "thread": W, "headers": {"Auto-Submitted": "auto-replied"},
     "sender": "Alistair Reid <a.reid@drie-polders.nl>",
     "subject": "Automatic reply: Welkom bij het Netwerk van directeuren van ambtelijke fusieorganisaties",
     "body": "This mailbox is no longer monitored. Alistair Reid has left De Drie Polders. Please resend your "
             "message to directie@drie-polders.nl.\n\nThis is an automated message."},
    {"id": "d40-autoreply-08", "kind": "autoreply", "thread": I, "headers": OOO,
     "sender": "Griet De Clercq <griet.declercq@ijsselgouw.nl>",
     "subject": "Afwezig: Uitnodiging Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
     "body": "Beste,\n\nIk ben met verlof tot en met 2 maart. Uw mail wordt na mijn terugkomst behandeld. Voor "
             "dringende zaken kan u terecht bij het directiesecretariaat op 0318 55 90 00.\n\n"
             "Vriendelijke groeten,\nGriet De Clercq"},
    {"id": "d40-autoreply-09", "kind": "autoreply", "thread": T, "headers": OOO,
     "sender": "Jens Brinkhaus <j.brinkhaus@lindeveld.nl>",
     "subject": "Abwesenheitsnotiz / afwezigheidsbericht",
     "body": "Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 10. Januar nicht im Büro.\n\n"
             "Dank voor uw bericht. Tot en met 10 januari ben ik niet op kantoor. Uw e-mail wordt daarna "
             "beantwoord.\n\nJens Brinkhaus"},
    {"id": "d40-autoreply-10", "kind": "autoreply", "thread": R,
     "headers": {"X-Auto-Response-Suppress": "All", "X-Autoreply": "yes"},
     "sender": "Priya Raman-de Wit <p.ramandewit@maasmeren.nl>",
     "subject": "Auto-reply: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]",
     "body": "I'm at a conference abroad this week with only intermittent access to email. I'll get back to "
             "you next week. Urgent? Text me on +31 6 18 27 44 90.\n\nPriya"},
    {"id": "d40-autoreply-11", "kind": "autoreply", "thread": None,
     "headers": {"Auto-Submitted": "auto-replied"},
     "sender": "Support Veenstreek-Zuid <support@veenstreek-zuid.nl>",
     "subject": "Re: [##REQ-48213##] Uitnodiging Leer- en inspireer-atelier",
     "body": "Hi there,\n\nThanks for reaching out to the Veenstreek-Zuid IT support team. We've created request "
             "REQ-48213 for you. Our current response time is 2 working days.\n\nYou can track your request in "
             "the self-service portal. Replies to this email are added to your request.\n\n-- Veenstreek-Zuid "
             "IT Support (automated message)"},
    {"id": "d40-autoreply-12", "kind": "autoreply", "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "ongemarkeerd", "sender": "Tom Hargreaves <tom.hargreaves@veenstreek-zuid.nl>",
     "body": "I am out of the office on annual leave and will return on 22 February. Your email will not be "
             "forwarded. For anything urgent, please contact the directie secretariat on 0172 50 60 70.\n\n"
             "Tom Hargreaves"},

    # -- OTHER ------------------------------------------------------------------------------------------------
    {"id": "d40-other-01", "kind": "other", "thread": None,
     "subject": "Eligibility question",
     "sender": "Mark Ellison <m.ellison@aaweide.nl>",
     "body": "Hello,\n\nQuick question before I sign up: is the network open to interim directors, or only to "
             "permanent appointments? I'm on a twelve-month contract at Aaweide.\n\nThanks,\nMark Ellison"},
    {"id": "d40-other-02", "kind": "other", "thread": None,
     "subject": "Presenting at your next atelier?",
     "sender": "Oliver Grant <oliver@sharedfutures-consulting.nl>",
     "body": "Dear Stan and Melanie,\n\nI'm a partner at SharedFutures, a consultancy specialising in shared "
             "service centres across Europe. We've just finished a benchmark of 40 shared public-sector "
             "organisations and would love to present the key findings at one of your ateliers - free of "
             "charge, of course.\n\nWould you have 20 minutes for a call next week?\n\nBest regards,\n"
             "Oliver Grant\nPartner, SharedFutures Consulting\n+31 20 555 01 88"},
    {"id": "d40-other-03", "kind": "other", "thread": None,
     "subject": "Add my colleague",
     "sender": "Steve Kimber <s.kimber@maasmeren.nl>",
     "body": "Hi,\n\nCould you also sign up my colleague Pieter Brandsma, our deputy director? He'd benefit "
             "from the network as well.\n\nThanks,\nSteve"},
    {"id": "d40-other-04", "kind": "other", "thread": None,
     "subject": "predecessor still on your list",
     "sender": "Ingrid Bakels <i.bakels@drie-polders.nl>",
     "body": "Hello,\n\nPlease remove my predecessor, Mr Alistair Reid, from your list: he left De Drie Polders "
             "in December and his mailbox is closed.\n\nKind regards,\nIngrid Bakels"},
    {"id": "d40-other-05", "kind": "other", "thread": T, "quoted": "vervolg_atelier", "quote": "gmail",
     "sender": "Chloe Bennett <c.bennett@werkorganisatie-aaweide.nl>",
     "body": "Thanks for a great session. Where can I find the slides from the Waalzande case? The link to the "
             "verslag only shows the text.\n\nChloe"},
    {"id": "d40-other-06", "kind": "other", "thread": None,
     "subject": "Adviesraad",
     "sender": "Rutger Holmes <r.holmes@vechtzoom.nl>",
     "body": "Dear secretariat,\n\nI understand there may be a vacancy on the Adviesraad. I'd like to put "
             "myself forward - I have eight years of experience in shared services in the UK and the "
             "Netherlands. Who should I send a short motivation to?\n\nBest,\nRutger"},
    {"id": "d40-other-07", "kind": "other", "thread": None,
     "subject": "Interview request - feature on ambtelijke fusies",
     "sender": "Laura Pennings <l.pennings@gemeentelijkkompas.nl>",
     "body": "Hi,\n\nI'm a reporter at Gemeentelijk Kompas and I'm writing a feature on ten years of "
             "ambtelijke fusies. Would one of the network's advisers be available for a short interview, and "
             "could I attend part of the next atelier as an observer?\n\nKind regards,\nLaura Pennings"},
    {"id": "d40-other-08", "kind": "other", "thread": None,
     "subject": "new e-mail address",
     "sender": "Wouter Vandenbussche <wouter.vandenbussche@gmail.com>",
     "body": "Goeiedag,\n\nOnze organisatie krijgt een nieuw domein. Gelieve mijn adres te wijzigen naar "
             "w.vandenbussche@dommelvliet-werkt.nl vanaf 1 maart.\n\nDank u wel,\nWouter Vandenbussche"},
    {"id": "d40-other-09", "kind": "other", "thread": W, "quoted": "welkom", "quote": "outlook-en",
     "sender": "Gareth Pryce <g.pryce@duivenwaard.nl>",
     "body": "Thanks for the warm welcome! Two practical questions: is there a fee for the ateliers, and are "
             "they held in Dutch only? I can follow most of it but English slides would help.\n\nGareth"},
    {"id": "d40-other-10", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "outlook-lijn",
     "sender": "Fiona Doyle <f.doyle@zwinstreek.nl>",
     "body": "Yes, I'll come - but may I bring two colleagues from the MT, or is it max one guest per director? "
             "Let me know and I'll confirm names.\n\nFiona"},
    {"id": "d40-other-11", "kind": "other", "thread": R, "quoted": "herinnering_atelier", "quote": "gmail",
     "sender": "Robert Finch <r.finch@kempenbrug.nl>",
     "body": "For the record: I've now received this reminder three times, on two different addresses. Could "
             "you please sort out your list? Slightly embarrassing for a network about organisation.\n\nRobert"},
    {"id": "d40-other-12", "kind": "other", "thread": None,
     "subject": "Citizen feedback platform - demo for your members",
     "sender": "Anna Kowalczyk <anna@voicehub-civic.nl>",
     "body": "Hello,\n\nVoiceHub helps municipalities collect and act on resident feedback in real time. Several "
             "shared service organisations already use us. We'd be glad to offer your members a demo or a "
             "short slot at an atelier.\n\nBook a meeting: voicehub-civic.nl/demo\n\nAnna Kowalczyk\n"
             "Business Development Manager"},
    {"id": "d40-other-13", "kind": "other", "thread": None,
     "subject": "English brochure?",
     "sender": "Jens Brinkhaus <j.brinkhaus@lindeveld.nl>",
     "body": "Goedendag,\n\nhebt u de brochure ook in het Engels of Duits? Onze nieuwe adjunct-directeur komt "
             "uit Hannover en leest nog geen Nederlands.\n\nViele Grüße\nJens"},
    {"id": "d40-other-14", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "outlook-en",
     "sender": "Joyce Willems <j.willems@duivenwaard.nl>",
     "body": "Dear secretariat,\n\nOur finance department asks whether the atelier will be invoiced, and if so "
             "whether you need a purchase order number in advance?\n\nKind regards,\nJoyce Willems\nOffice "
             "manager, Werkorganisatie Duivenwaard"},
    {"id": "d40-other-15", "kind": "other", "thread": None,
     "subject": "Master's thesis - shared service organisations",
     "sender": "Sophie van Dam <s.vandam@student.uu.nl>",
     "body": "Dear Sir/Madam,\n\nI'm a master's student in Public Administration, writing my thesis on "
             "governance in ambtelijke fusieorganisaties. Would it be possible to circulate a short survey "
             "among your members, or to interview two or three directors?\n\nThank you in advance,\n"
             "Sophie van Dam"},
    {"id": "d40-other-16", "kind": "other", "thread": R, "quoted": "herinnering_atelier", "quote": "apple",
     "sender": "Linda Marsh <l.marsh@eemvallei.nl>",
     "body": "Could you send me the Teams link again? The one in the invite gives me an error.\n\nLinda" + IPHONE},
    {"id": "d40-other-17", "kind": "other", "thread": W, "quoted": "welkom", "quote": "gmail",
     "sender": "Fiona Doyle <f.doyle@zwinstreek.nl>",
     "body": "Thanks! Quick one: which other fusies in Zeeland and West-Brabant are already members? I'd love "
             "to link up with them before the first atelier.\n\nFiona"},
    {"id": "d40-other-18", "kind": "other", "thread": None,
     "subject": "Colleague has left",
     "sender": "Marieke Hol <m.hol@heuvelland-oost.nl>",
     "body": "Dear secretariat,\n\nMr Neil Ashworth no longer works for Heuvelland-Oost; he left us last "
             "month. Please update your records - his mails bounce back to me.\n\nKind regards,\nMarieke Hol\n"
             "Directiesecretaris"},
    {"id": "d40-other-19", "kind": "other", "thread": None,
     "subject": "Atelier open to programme managers?",
     "sender": "Sanne Okafor <s.okafor@bwl-gemeenten.nl>",
     "body": "Hi, is het atelier in March also open to our programme manager digitalisering, or strictly "
             "directors only? Would love to bring her along.\n\nSanne"},
    {"id": "d40-other-20", "kind": "other", "thread": None,
     "subject": "Partnership proposal",
     "sender": "Henrik Lund <h.lund@nordic-sharedservices.eu>",
     "body": "Dear network,\n\nWe run a similar network of directors of shared municipal services in Denmark "
             "and Sweden. Would you be open to a joint study visit, or exchanging speakers for an atelier? "
             "Happy to set up a call.\n\nWarm regards,\nHenrik Lund\nCoordinator, Nordic Shared Services "
             "Network"},
    {"id": "d40-other-21", "kind": "other", "thread": None,
     "subject": "Associate membership?",
     "sender": "David Mercer <david@mercer-interim.nl>",
     "body": "Hi there,\n\nI'm an independent consultant who has worked with several ambtelijke fusies on their "
             "doorontwikkeling. Is there a way for someone like me to join the network as an associate or "
             "observer? Happy to contribute content.\n\nBest,\nDavid Mercer"},
]
# fmt: on
