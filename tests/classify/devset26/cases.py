"""The twenty-sixth labelled set's cases (issue 17): English and mixed Dutch/English mail, written without reading
the classifier, each labelled as the secretariat should treat it; cases that could not be labelled with confidence
were left out.

Conventions as in the other sets: replies to our follow-up mail (vervolg_atelier) carry the thread
``call_for_themes``; a director who cannot come but sends a substitute is an RSVP with ``attending`` False; a reply
that changes an earlier answer carries the latest answer; a hand-over to a named successor is an unsubscribe; an
AVG/GDPR erasure anywhere is an unsubscribe with ``erase`` True; a mail that mixes an act with a question a person
must answer, or that asks something with consequences for someone else, is ``other``. Inline answers carry our
quoted lines in ``body`` themselves and no ``quoted``.
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
SAMSUNG = "\n\nSent from my Galaxy"
NL_MOBILE = "\n\nVerstuurd vanaf mijn iPad"
DISCLAIMER_EN = (
    "\n\nThis e-mail and any attachments are confidential and intended solely for the addressee. If you have "
    "received it in error, please notify the sender and delete it. The municipality accepts no liability for "
    "damage caused by the electronic transmission of this message."
)
DISCLAIMER_NL = (
    "\n\nDisclaimer: dit bericht is uitsluitend bestemd voor de geadresseerde. Heeft u dit bericht ten onrechte "
    "ontvangen, verwijder het dan en informeer de afzender. Aan dit bericht kunnen geen rechten worden ontleend."
)

# fmt: off
CASES: list[dict[str, Any]] = [
    # -- RSVP -----------------------------------------------------------------------------------------------
    {"id": "d26-rsvp-01", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-en", "sender": "Hannah Whitfield <h.whitfield@werkorganisatie-lingezoom.nl>",
     "body": "Count me in. Looking forward to it.\n\nHannah\n\nHannah Whitfield | Director\n"
             "Werkorganisatie Lingezoom\nT +31 26 300 4411"},
    {"id": "d26-rsvp-02", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "gmail", "sender": "Bram Oosterhuis <bram.oosterhuis@gemeente-veenhorst.nl>",
     "body": "I'll pass this time, we have the Kadernota in the council that same evening. Next one for sure."
             "\n\nBram"},
    {"id": "d26-rsvp-03", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "sender": "Kasia Nowak <k.nowak@dewaardenlanden.nl>",
     "body": "Good morning,\n\nI will come on the meeting of 11 March. I am very curious to the other "
             "directors their experiences.\n\nWith kind regards,\nKatarzyna Nowak\nalgemeen directeur "
             "Werkorganisatie De Waardenlanden" + DISCLAIMER_NL},
    {"id": "d26-rsvp-04", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-lijn", "sender": "Søren Kjær <s.kjaer@grensregio-eemsdollard.nl>",
     "body": "Dear secretariat,\n\nSadly I can't make it on 11 March: I am in Groningen for the board of our "
             "cross-border programme that whole day. Please do send me the report afterwards.\n\n"
             "Best regards,\nSøren Kjær\nManaging director, Grensregio Eems-Dollard office"},
    {"id": "d26-rsvp-05", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "apple", "sender": "Jeroen Blom <jblom@werkorganisatie-kromme-rijn.nl>",
     "body": "Yes, I'm in! Ik neem 1 collega mee, our head of finance.\n\nJeroen" + IPHONE},
    {"id": "d26-rsvp-06", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-en", "sender": "Willem de Graaf <w.degraaf@bvo-hollandsmidden.nl>",
     "body": "Hi Stan, Melanie,\n\nI'm out for this one I'm afraid. Clash with the regional budget talks.\n\n"
             "Cheers,\nWillem"},
    {"id": "d26-rsvp-07", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "notes", "sender": "Lieve Vermeulen <lieve.vermeulen@scheldemond-samenwerking.nl>",
     "body": "Beste,\n\nGraag bevestig ik mijn deelname aan het atelier. Als Vlaamse directeur van een "
             "grensoverschrijdend samenwerkingsverband kijk ik er naar uit to compare notes with Dutch "
             "colleagues.\n\nMet vriendelijke groeten,\nLieve Vermeulen\nDirecteur Scheldemond Samenwerking"},
    {"id": "d26-rsvp-08", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "sender": "Peter Hollander <p.hollander@werkorganisatie-duinkant.nl>",
     "body": "Dear Stan,\n\nUnfortunately I am not able to attend myself. In my place my deputy, Fatima "
             "El Amrani (f.elamrani@werkorganisatie-duinkant.nl), will join you.\n\nKind regards,\nPeter Hollander"},
    {"id": "d26-rsvp-09", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "gmail", "sender": "Mike Donovan <m.donovan@werkorganisatie-hoeksewaard-oost.nl>",
     "body": "hey guys - swamped that week but will try to swing by - put me down as a yes anyway. "
             "might have to duck out before the drinks\n\nmike" + OUTLOOK_IOS},
    {"id": "d26-rsvp-10", "kind": "rsvp", "attending": False, "thread": R, "quoted": "herinnering_atelier",
     "quote": "outlook-en", "sender": "Eline Vos <e.vos@gemeenten-bergweide.nl>",
     "body": "Apologies - something came up in the college and I won't make it on Thursday after all. Please "
             "give my seat to someone on the waiting list.\n\nEline Vos"},
    {"id": "d26-rsvp-11", "kind": "rsvp", "attending": True, "thread": I, "quoted": "bevestiging_rsvp",
     "quote": "outlook-lijn", "sender": "Rutger Pauw <r.pauw@werkorganisatie-zeeuwsvlak.nl>",
     "body": "Still keen to come if a place frees up - keep me on the waiting list please.\n\nRutger"},
    {"id": "d26-rsvp-12", "kind": "rsvp", "attending": False, "thread": I, "quoted": "bevestiging_rsvp",
     "quote": "gmail", "sender": "Anouk Smeets <a.smeets@werkorganisatie-maasterras.nl>",
     "body": "Please take me off the waiting list, ik kan die dag toch niet. Thanks!"},
    {"id": "d26-rsvp-13", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "groupwise", "sender": "Dirk Aalbers <d.aalbers@ilp-werkorganisatie.nl>",
     "body": "Yes please register me. I come with the train so maybe 10 minutes later as the start.\n\n"
             "Regards, Dirk Aalbers"},
    {"id": "d26-rsvp-14", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "notes-wrote", "sender": "Margaret Ellison <m.ellison@gemeenten-vlietland.nl>",
     "body": "Dear colleagues,\n\nThank you for the kind invitation. Regrettably I shall be unable to attend on "
             "the 11th, as I am committed to a council working session that afternoon. I do hope the "
             "discussion is a fruitful one.\n\nYours sincerely,\n\nMargaret Ellison\nDirector, Gemeenten Vlietland"
             + DISCLAIMER_EN},
    {"id": "d26-rsvp-15", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "sender": "Thomas Brandt <t.brandt@euregio-rijnwaal-gemeenten.nl>",
     "body": "Guten Tag / goedemiddag,\n\nI am pleased to confirm my participation in the atelier. We will be "
             "with 2 persons: myself and my colleague Anke Schulte from the Kreis side.\n\nMit freundlichen "
             "Grüßen,\nThomas Brandt\nGeschäftsführer"},
    {"id": "d26-rsvp-16", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "ongemarkeerd", "sender": "Nienke Dijkstra <n.dijkstra@werkorganisatie-waddenkust.nl>",
     "body": "ja ik kom! oh wait, ferry schedule - nope, there's no boat back after 17.00 that day. Sorry, "
             "I have to say no after all.\n\nNienke"},
    {"id": "d26-rsvp-17", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-en", "sender": "Stefan de Ridder <s.deridder@werkorganisatie-gooiland.nl>",
     "body": "Nee helaas, I'm in Brussels that day.\n\nUPDATE: trip cancelled, so scratch that - I can come "
             "after all. See you on the 11th.\n\nStefan"},
    {"id": "d26-rsvp-18", "kind": "rsvp", "attending": True, "thread": None,
     "subject": "Registration atelier 11 March",
     "sender": "Ingrid Lindqvist <i.lindqvist@werkorganisatie-oostermeer.nl>",
     "body": "Hello,\n\nI would like to register for the Leer- en inspireer-atelier on 11 March in Utrecht "
             "('Sturen op samenwerking & eigenheid'). I did not receive the invitation myself, a colleague "
             "forwarded it.\n\nBest,\nIngrid Lindqvist\nDirector Werkorganisatie Oostermeer"},
    {"id": "d26-rsvp-19", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_vervanger",
     "quote": "outlook-en", "sender": "Fatima El Amrani <f.elamrani@werkorganisatie-duinkant.nl>",
     "body": "Dear Stan,\n\nThank you, but it turns out I cannot replace Peter on the 11th either - I have to "
             "chair our own MT that afternoon. Sorry for the trouble.\n\nKind regards,\nFatima El Amrani"},
    {"id": "d26-rsvp-20", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_vervanger",
     "quote": "gmail", "sender": "Luuk Verhagen <l.verhagen@werkorganisatie-bommelerland.nl>",
     "body": "Thanks, happy to step in for Dirk. I'll be there.\n\nLuuk"},
    {"id": "d26-rsvp-21", "kind": "rsvp", "attending": False, "thread": I, "quoted": "wijziging_atelier",
     "quote": "outlook-lijn", "sender": "Oliver Grant <o.grant@werkorganisatie-heuvelrug-zuid.nl>",
     "body": "The 11th worked for me, the 18th unfortunately does not - I'm on leave that week. So please "
             "cancel my registration.\n\nBest wishes,\nOliver"},
    {"id": "d26-rsvp-22", "kind": "rsvp", "attending": True, "thread": I, "quoted": "wijziging_atelier",
     "quote": "apple", "sender": "Annelies Kuipers <a.kuipers@werkorganisatie-vechtstreek.nl>",
     "body": "New date is fine for me, still coming. Provinciehuis it is.\n\nAnnelies" + IPHONE},
    {"id": "d26-rsvp-23", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "doorgestuurd", "sender": "Hans Wijnands <h.wijnands@werkorganisatie-peelland-west.nl>",
     "body": "Secretariaat, zoals Anja al doorgaf: I won't be able to attend, we have the merger evaluation "
             "with the three councils that day.\n\nMet vriendelijke groet / kind regards,\nHans Wijnands"},
    {"id": "d26-rsvp-24", "kind": "rsvp", "attending": True, "thread": I, "quoted": None,
     "subject": "RE: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid "
                "[atelier:2027-1]",
     "sender": "Ruben Castillo <r.castillo@werkorganisatie-rivierenhart.nl>",
     "body": "> Komt u? Beantwoord deze e-mail met \"ja, ik kom\" of \"nee, helaas\".\n\nja, ik kom - "
             "and I'll bring one guest.\n\n> Neemt u iemand mee, vermeld dan met hoeveel personen u komt.\n\n"
             "2 persons in total then.\n\nRuben"},
    {"id": "d26-rsvp-25", "kind": "rsvp", "attending": False, "thread": R, "quoted": "herinnering_atelier",
     "quote": "notes", "sender": "Gerrit Stam <g.stam@werkorganisatie-ijsselvallei.nl>",
     "body": "helaas, ik kan niet - sick at home since yesterday. Good luck all.\n\nGerrit" + SAMSUNG},
    {"id": "d26-rsvp-26", "kind": "rsvp", "attending": True, "thread": R, "quoted": "herinnering_atelier",
     "quote": "outlook-en", "sender": "Lars Pedersen <l.pedersen@werkorganisatie-schiedelta.nl>",
     "body": "Thanks for the reminder. My guest changed: instead of Marco it will be Iris Hoek from our "
             "strategy team. I'm still coming of course.\n\nLars"},
    {"id": "d26-rsvp-27", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "sender": "Marloes Tieleman <m.tieleman@werkorganisatie-achterhoek-west.nl>",
     "body": "Hi,\n\nDeze keer moet ik het laten schieten - we have the annual accounts deadline. Hopefully "
             "next time.\n\nGroetjes, Marloes"},
    {"id": "d26-rsvp-28", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-lijn", "sender": "Arjen Kok <a.kok@werkorganisatie-grevelingen.nl>",
     "body": "Dear all,\n\nI'll attend, online via Teams though: I can't travel to Utrecht that day.\n\n"
             "Arjen Kok\nDirecteur-bestuurder" + DISCLAIMER_NL},
    {"id": "d26-rsvp-29", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "gmail", "sender": "Yvonne Martens <yvonne.martens@werkorganisatie-lekstroom.nl>",
     "body": "Not for me this round, thanks. Yvonne"},
    {"id": "d26-rsvp-30", "kind": "rsvp", "attending": True, "thread": None,
     "subject": "Atelier 11/3 - attending",
     "sender": "Niels van Doorn <n.vandoorn@werkorganisatie-dommelvallei.nl>",
     "body": "Hereby I sign in for the atelier in March. My actual function is algemeen directeur of the "
             "werkorganisatie Dommelvallei, since November.\n\nGreetings,\nNiels van Doorn"},
    {"id": "d26-rsvp-31", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "apple", "sender": "Carla Fontein <c.fontein@werkorganisatie-zaanoever.nl>",
     "body": "Sorry, will not make it. Holiday in Portugal that week!\n\nC." + IPHONE},
    {"id": "d26-rsvp-32", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "notes-wrote", "sender": "Bernd Hoffmann <b.hoffmann@grenzraum-dinkelland.nl>",
     "body": "Dear Sir or Madam,\n\nwith this mail I accept gladly your invitation. I will be there at 14.00."
             "\n\nKind regards\nBernd Hoffmann\nLeiter der Geschäftsstelle"},
    {"id": "d26-rsvp-33", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-en", "sender": "Robin Hartman <r.hartman@werkorganisatie-lingezoom.nl>",
     "body": "Thanks for thinking of me - have to sit this one out, the new council is installed that week."
             "\n\nRobin"},
    # -- Subscribe ------------------------------------------------------------------------------------------
    {"id": "d26-subscribe-01", "kind": "subscribe", "thread": None, "subject": "Joining the network",
     "sender": "Emily Carter <e.carter@werkorganisatie-groenehart-noord.nl>",
     "body": "Dear secretariat,\n\nI recently started as director of Werkorganisatie Groene Hart Noord, the "
             "shared civil service of three municipalities. A colleague told me about your network - I would "
             "very much like to join.\n\nKind regards,\nEmily Carter\nDirector\n+31 172 55 01 90"},
    {"id": "d26-subscribe-02", "kind": "subscribe", "thread": None, "subject": "count me in",
     "sender": "Joost Hermans <joost.hermans@werkorganisatie-kempenbroek.nl>",
     "body": "Heard great things about the ateliers from Eline Vos. Count me in for the network!\n\nJoost Hermans"
             "\ndirecteur Werkorganisatie Kempenbroek" + IPHONE},
    {"id": "d26-subscribe-03", "kind": "subscribe", "thread": None, "subject": "Membership request",
     "sender": "Anna Bergström <a.bergstrom@werkorganisatie-vallei-en-eem.nl>",
     "body": "Name: Anna Bergström\nOrganisation: Werkorganisatie Vallei en Eem (municipalities Eemdal, "
             "Leusbroek)\nPosition: general director\nE-mail: a.bergstrom@werkorganisatie-vallei-en-eem.nl\n"
             "Phone: 033 460 22 10\n\nPlease register me as a member."},
    {"id": "d26-subscribe-04", "kind": "subscribe", "thread": None, "subject": "Aanmelden / sign up",
     "sender": "Pieter-Jan Claes <pj.claes@werkorganisatie-baarle-grens.nl>",
     "body": "Goeiedag,\n\nGraag meld ik mij aan voor het netwerk. I'm the new director of the shared "
             "organisation of our two border municipalities since 1 October.\n\nVriendelijke groeten,\n"
             "Pieter-Jan Claes"},
    {"id": "d26-subscribe-05", "kind": "subscribe", "thread": None, "subject": "Become member",
     "sender": "Mehmet Yilmaz <m.yilmaz@werkorganisatie-amstelscheg.nl>",
     "body": "Hello,\n\nI want to become member of the network of directors. My actual function is director of "
             "the werkorganisatie Amstelscheg, before this I was concern controller.\n\nGreetings,\n"
             "Mehmet Yilmaz"},
    {"id": "d26-subscribe-06", "kind": "subscribe", "thread": None, "subject": "Please add me",
     "sender": "Sarah Kingsley <s.kingsley@gemeenten-duinenwaard.nl>",
     "body": "Hi there, could you add me to your mailing list for the ateliers and the network? I'm the "
             "director at Duinenwaard. Thanks a bunch!\n\nSarah"},
    {"id": "d26-subscribe-07", "kind": "subscribe", "thread": None, "subject": "Keep me posted",
     "sender": "Wouter Lammers <w.lammers@werkorganisatie-drechtoever.nl>",
     "body": "Good afternoon,\n\nPlease keep me informed about the network and the next ateliers - I'd like to "
             "receive your mails from now on. I lead the werkorganisatie Drechtoever.\n\nRegards,\n"
             "Wouter Lammers"},
    {"id": "d26-subscribe-08", "kind": "subscribe", "thread": None, "subject": "Aanmelding netwerk",
     "sender": "Ramon Jacobs <r.jacobs@werkorganisatie-heerlerbaan.nl>",
     "body": "Beste Stan,\n\nWe spoke briefly at the VNG congres. As promised: hierbij meld ik me aan als lid "
             "van het netwerk. Mijn gegevens staan in de handtekening.\n\nRamon Jacobs\nalgemeen directeur\n"
             "Werkorganisatie Heerlerbaan\nM 06 41 22 87 30" + DISCLAIMER_NL},
    {"id": "d26-subscribe-09", "kind": "subscribe", "thread": None, "subject": "sign me up",
     "sender": "Dave Mulder <dave.mulder@werkorganisatie-lekdijk.nl>",
     "body": "Please sign me up. Dave Mulder, director Werkorganisatie Lekdijk."},
    {"id": "d26-subscribe-10", "kind": "subscribe", "thread": None, "subject": "Interim director - joining",
     "sender": "Caroline Ashworth <c.ashworth@werkorganisatie-voorne-oost.nl>",
     "body": "Dear secretariat,\n\nI have been appointed interim director of Werkorganisatie Voorne-Oost for the "
             "coming year. I should like to join the network for that period, so please add me.\n\n"
             "Yours faithfully,\nCaroline Ashworth"},
    {"id": "d26-subscribe-11", "kind": "subscribe", "thread": G, "quoted": "afmelding_bevestigd",
     "quote": "outlook-en", "sender": "Martijn Roelofs <m.roelofs@werkorganisatie-ijsselvallei.nl>",
     "body": "Hi, that was a mistake - my assistant unsubscribed the wrong address. I want to stay a member. "
             "Lid blijven!\n\nMartijn"},
    {"id": "d26-subscribe-12", "kind": "subscribe", "thread": None, "subject": "Rejoin",
     "sender": "Olga Petrova <o.petrova@werkorganisatie-beemsterland.nl>",
     "body": "Hello,\n\nI left the network two years ago when I moved to the province. Now I'm back in a shared "
             "civil service organisation as director, so I'd like to rejoin.\n\nBest,\nOlga Petrova"},
    {"id": "d26-subscribe-13", "kind": "subscribe", "thread": None, "subject": "Netwerk directeuren",
     "sender": "Bas Timmer <b.timmer@werkorganisatie-maasland-noord.nl>",
     "body": "Hi, I'm in - please register me as member. Cheers, Bas\n\nBas Timmer | algemeen directeur | "
             "Werkorganisatie Maasland Noord"},
    {"id": "d26-subscribe-14", "kind": "subscribe", "thread": W, "quoted": "welkom", "quote": "doorgestuurd",
     "sender": "Hilde Meijer <h.meijer@werkorganisatie-waddenkust.nl>",
     "body": "Hello, our management assistant forwarded me the welcome mail my colleague Nienke "
             "received. I'm co-director of the same werkorganisatie and would like to be a member too."
             "\n\nKind regards,\nHilde Meijer"},
    {"id": "d26-subscribe-15", "kind": "subscribe", "thread": None, "subject": "Registration",
     "sender": "Jonas Weber <j.weber@werkorganisatie-roerdal.nl>",
     "body": "Dear Madam, dear Sir,\n\nOn the website I read that the membership is free. I herewith apply for "
             "it. I am since half a year the director of Werkorganisatie Roerdal (three municipalities).\n\n"
             "With friendly greetings,\nJonas Weber"},
    {"id": "d26-subscribe-16", "kind": "subscribe", "thread": None, "subject": "Aanmelden please",
     "sender": "Sanne Bakker <s.bakker@werkorganisatie-utrechtse-waarden.nl>",
     "body": "Goedemorgen! Ik wil graag lid worden of the network, I'm the new director at Utrechtse Waarden. "
             "Thanks alvast.\n\nSanne" + NL_MOBILE},
    {"id": "d26-subscribe-17", "kind": "subscribe", "thread": None, "subject": "Subscribe",
     "sender": "Richard Boateng <r.boateng@werkorganisatie-zuidplas-oost.nl>",
     "body": "Subscribe.\n\nRichard Boateng\nDirector, Werkorganisatie Zuidplas-Oost" + DISCLAIMER_EN},
    {"id": "d26-subscribe-18", "kind": "subscribe", "thread": None, "subject": "Interested in joining",
     "sender": "Elin Hansen <e.hansen@werkorganisatie-noorderzand.nl>",
     "body": "Dear all,\n\nAs a Norwegian who has been leading a Dutch ambtelijke fusie for three years now, I am "
             "a bit late to the party - but I'd love to be part of the network. Please put me on the list."
             "\n\nWarm regards,\nElin Hansen\nGeneral director, Werkorganisatie Noorderzand"},
    # -- Confirm --------------------------------------------------------------------------------------------
    {"id": "d26-confirm-01", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "outlook-en", "sender": "Emily Carter <e.carter@werkorganisatie-groenehart-noord.nl>",
     "body": "Confirmed - thank you!\n\nEmily"},
    {"id": "d26-confirm-02", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "gmail", "sender": "Joost Hermans <joost.hermans@werkorganisatie-kempenbroek.nl>",
     "body": "" + IPHONE},
    {"id": "d26-confirm-03", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "outlook-nl", "sender": "Mehmet Yilmaz <m.yilmaz@werkorganisatie-amstelscheg.nl>",
     "body": "Hereby I confirm my registration. Yes this is my mail address.\n\nMehmet Yilmaz"},
    {"id": "d26-confirm-04", "kind": "confirm", "thread": C, "quoted": "herinnering_aanmelding",
     "quote": "outlook-lijn", "sender": "Anna Bergström <a.bergstrom@werkorganisatie-vallei-en-eem.nl>",
     "body": "Sorry, missed the first one. Yes, I'd like to become a member - confirmed.\n\nAnna"},
    {"id": "d26-confirm-05", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "apple", "sender": "Sanne Bakker <s.bakker@werkorganisatie-utrechtse-waarden.nl>",
     "body": "Yes, that's me 👍 Bevestigd!" + NL_MOBILE},
    {"id": "d26-confirm-06", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "notes", "sender": "Jonas Weber <j.weber@werkorganisatie-roerdal.nl>",
     "body": "Dear Mr. van de Laar,\n\nI confirm herewith.\n\nWith friendly greetings,\nJonas Weber"},
    {"id": "d26-confirm-07", "kind": "confirm", "thread": C, "quoted": "herinnering_aanmelding",
     "quote": "gmail", "sender": "Olga Petrova <o.petrova@werkorganisatie-beemsterland.nl>",
     "body": "yes pls"},
    {"id": "d26-confirm-08", "kind": "confirm", "thread": C, "quoted": None,
     "subject": "RE: Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
     "sender": "Caroline Ashworth <c.ashworth@werkorganisatie-voorne-oost.nl>",
     "body": "> Wilt u uw aanmelding bevestigen? Beantwoord deze e-mail dan; u hoeft niets te typen.\n\n"
             "Confirmed, with thanks.\n\nCaroline Ashworth"},
    {"id": "d26-confirm-09", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "outlook-en", "sender": "Richard Boateng <r.boateng@werkorganisatie-zuidplas-oost.nl>",
     "body": "Yes - I signed up myself, all good.\n\nRichard Boateng" + DISCLAIMER_EN},
    # -- Unsubscribe ----------------------------------------------------------------------------------------
    {"id": "d26-unsubscribe-01", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": "Please take me off your mailing list",
     "sender": "Gordon Fraser <g.fraser@werkorganisatie-kromme-rijn.nl>",
     "body": "Hello,\n\nI've moved to a role at the province, so please take me off the network's mailing list. "
             "Thanks for all the good sessions.\n\nGordon"},
    {"id": "d26-unsubscribe-02", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": "drop me from the list",
     "sender": "Kevin Brouwers <k.brouwers@werkorganisatie-westerkwartier-zuid.nl>",
     "body": "pls drop me from the list, I'm leaving local government per Feb 1. all the best, Kevin"},
    {"id": "d26-unsubscribe-03", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": "Handing over to my successor",
     "sender": "Patricia Young <p.young@werkorganisatie-brielse-polder.nl>",
     "body": "Dear Stan and Melanie,\n\nAfter seven years I am retiring on 1 April. My successor, Jeroen "
             "Smits (j.smits@werkorganisatie-brielse-polder.nl), takes over my seat in the network from then "
             "on.\n\n"
             "It has been a pleasure.\n\nKind regards,\nPatricia Young"},
    {"id": "d26-unsubscribe-04", "kind": "unsubscribe", "erase": True, "thread": None,
     "subject": "GDPR erasure request",
     "sender": "Klaus Richter <k.richter@grenzraum-dinkelland.nl>",
     "body": "Dear Sir or Madam,\n\nI no longer wish to receive mails from your network. Under Article 17 GDPR I "
             "request that you erase all personal data you hold about me and confirm this in writing.\n\n"
             "Kind regards\nKlaus Richter"},
    {"id": "d26-unsubscribe-05", "kind": "unsubscribe", "erase": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-en", "sender": "Joanna Lewandowska <j.lewandowska@werkorganisatie-duinkant.nl>",
     "body": "I won't attend. In fact, please remove me from the network entirely and delete my personal "
             "data in line with the AVG/GDPR.\n\nJoanna Lewandowska"},
    {"id": "d26-unsubscribe-06", "kind": "unsubscribe", "erase": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "gmail", "sender": "Erik Sundberg <e.sundberg@werkorganisatie-oostermeer.nl>",
     "body": "Hi,\n\nNot coming on the 11th - and to be honest I think it's time for me to step out of the "
             "network altogether. Please unsubscribe me.\n\nBest,\nErik"},
    {"id": "d26-unsubscribe-07", "kind": "unsubscribe", "erase": False, "thread": T, "quoted": "oproep_themas",
     "quote": "outlook-lijn", "sender": "Frank Heijnen <f.heijnen@werkorganisatie-peelland-west.nl>",
     "body": "No themes from me this time: I'm leaving the werkorganisatie at the end of the month. Please "
             "unsubscribe this address.\n\nFrank Heijnen"},
    {"id": "d26-unsubscribe-08", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": "Afmelden / unsubscribe",
     "sender": "Ton Verbruggen <t.verbruggen@werkorganisatie-dongemond.nl>",
     "body": "Kindly unsubscribe me. Our ambtelijke fusie is being disentangled (ontvlechting) per 1 January, "
             "so the role ends.\n\nMet vriendelijke groet,\nTon Verbruggen"},
    {"id": "d26-unsubscribe-09", "kind": "unsubscribe", "erase": True, "thread": None,
     "subject": "Uitschrijven + AVG",
     "sender": "Lisette Hoogland <l.hoogland@werkorganisatie-lingezoom.nl>",
     "body": "Hi secretariaat,\n\nPlease unsubscribe me from the network. En graag ook al mijn gegevens "
             "verwijderen uit jullie systemen, conform de AVG.\n\nDank, Lisette"},
    {"id": "d26-unsubscribe-10", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": "Successor",
     "sender": "Henk Zijlstra <h.zijlstra@werkorganisatie-friese-meren-oost.nl>",
     "body": "Dear secretariat, as of next month Sigrid Aas (s.aas@werkorganisatie-friese-meren-oost.nl) "
             "succeeds me as general director. She will take over my membership; you can remove my name.\n\n"
             "Henk Zijlstra" + DISCLAIMER_NL},
    {"id": "d26-unsubscribe-11", "kind": "unsubscribe", "erase": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "notes-wrote", "sender": "Mark Jenkins <m.jenkins@werkorganisatie-heuvelrug-zuid.nl>",
     "body": "Please stop sending me these emails. I am no longer a director and have no interest in the "
             "ateliers.\n\nMark Jenkins"},
    {"id": "d26-unsubscribe-12", "kind": "unsubscribe", "erase": True, "thread": R, "quoted": "herinnering_atelier",
     "quote": "apple", "sender": "Mette Nielsen <m.nielsen@werkorganisatie-schiedelta.nl>",
     "body": "Hello, I left Schiedelta in December. Please delete my details under the GDPR and remove me from "
             "all lists.\n\nMette" + IPHONE},
    {"id": "d26-unsubscribe-13", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": "Afmelden netwerk",
     "sender": "Wim Oudshoorn <w.oudshoorn@werkorganisatie-rijnstreek.nl>",
     "body": "Beste Melanie,\n\nI'm afraid I'm out: per 1 maart begin ik bij een waterschap. Would you remove "
             "me from the network? Mijn opvolger is nog niet bekend.\n\nGroet, Wim"},
    {"id": "d26-unsubscribe-14", "kind": "unsubscribe", "erase": False, "thread": T, "quoted": "vervolg_atelier",
     "quote": "groupwise", "sender": "Gerda Lont <g.lont@werkorganisatie-waterland-oost.nl>",
     "body": "Thank you for the report. This was my last atelier: my successor Bart Kwakman "
             "(b.kwakman@werkorganisatie-waterland-oost.nl) will represent our organisation in the network "
             "from now on.\n\nGerda Lont"},
    # -- Suggestion -----------------------------------------------------------------------------------------
    {"id": "d26-suggestion-01", "kind": "suggestion", "themes": ["strategie"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-en",
     "sender": "Margaret Ellison <m.ellison@gemeenten-vlietland.nl>",
     "body": "Dear Stan,\n\nMy proposal: how does a shared organisation develop a long-term vision of its own "
             "when each of its councils sets different administrative priorities every four years? I should "
             "very much like to hear how colleagues handle that.\n\nKind regards,\nMargaret Ellison"},
    {"id": "d26-suggestion-02", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T,
     "quoted": "oproep_themas", "quote": "gmail",
     "sender": "Mike Donovan <m.donovan@werkorganisatie-hoeksewaard-oost.nl>",
     "body": "topic idea: how do you measure whether residents actually get better service from a merged front "
             "office? we have tons of KPIs but nobody trusts them. would love to compare dashboards.\n\nmike"},
    {"id": "d26-suggestion-03", "kind": "suggestion", "themes": ["samenwerking", "organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-nl",
     "sender": "Willem de Graaf <w.degraaf@bvo-hollandsmidden.nl>",
     "body": "Hi,\n\nTwo suggestions:\n1. Collaboration: how to keep the relationship with the participating "
             "municipalities healthy when one of them wants to leave.\n2. Organisation: digitalisation of our "
             "work processes - where do you start with a legacy of three different case systems?\n\nWillem"},
    {"id": "d26-suggestion-04", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "notes",
     "sender": "Kasia Nowak <k.nowak@dewaardenlanden.nl>",
     "body": "Good day,\n\nI would like to propose the theme of formation: we have many vacancies that we can "
             "not fill, and the labour market for civil servants is very tight. How do other werkorganisaties "
             "organise their personnel and staffing?\n\nWith kind regards,\nKatarzyna Nowak"},
    {"id": "d26-suggestion-05", "kind": "suggestion", "themes": ["samenwerking"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-lijn",
     "sender": "Thomas Brandt <t.brandt@euregio-rijnwaal-gemeenten.nl>",
     "body": "Dear colleagues,\n\nFrom the cross-border perspective I would suggest: joint tasks with German "
             "neighbouring municipalities and the Kreis - how do Dutch werkorganisaties position themselves in "
             "the (Eu)region, and how do they align interests with partners across the border?\n\n"
             "Mit freundlichen Grüßen,\nThomas Brandt"},
    {"id": "d26-suggestion-06", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T,
     "quoted": "oproep_themas", "quote": "apple",
     "sender": "Sarah Kingsley <s.kingsley@gemeenten-duinenwaard.nl>",
     "body": "Please not another session on the org chart or restructuring - we've had plenty. What I'd love: "
             "innovation in services to local entrepreneurs, like one digital counter for businesses across "
             "our municipalities.\n\nSarah" + IPHONE},
    {"id": "d26-suggestion-07", "kind": "suggestion", "themes": ["strategie", "samenwerking", "dienstverlening"],
     "thread": T, "quoted": "oproep_themas", "quote": "outlook-en",
     "sender": "Lars Pedersen <l.pedersen@werkorganisatie-schiedelta.nl>",
     "body": "Hello,\n\nThree ideas, in order of preference:\n- Strategy: what should a shared organisation's "
             "substantive agenda for the next ten years look like?\n- Collaboration: common challenges of the "
             "municipalities, e.g. housing and energy, tackled together.\n- Service delivery: monitoring "
             "performance towards residents and institutions.\n\nIn Denmark we learned a lot from comparing "
             "such figures openly.\n\nBest regards,\nLars Pedersen"},
    {"id": "d26-suggestion-08", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T,
     "quoted": "oproep_themas", "quote": "groupwise",
     "sender": "Lieve Vermeulen <lieve.vermeulen@scheldemond-samenwerking.nl>",
     "body": "Voorstel vanuit Vlaanderen: het e-loket en innovaties in de dienstverlening aan burgers in "
             "grensgemeenten - how residents on both sides of the border get served at one counter.\n\n"
             "Groeten, Lieve"},
    {"id": "d26-suggestion-09", "kind": "suggestion", "themes": ["organisatie"], "thread": T, "quoted": None,
     "subject": "RE: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
     "sender": "Oliver Grant <o.grant@werkorganisatie-heuvelrug-zuid.nl>",
     "body": "> - Strategie: lange termijn visie op de organisatie, inhoudelijke agenda, bestuurlijke "
             "prioriteiten;\n\nNot this time.\n\n> - Organisatie: organisatiestructuur, sturingsconcept, formatie "
             "en innovatie, digitalisering, werkprocessen, financiën, I&A;\n\nYes - the steering concept. We are "
             "moving from a sector model to self-steering teams and I'd like to hear how others did that.\n\n"
             "Oliver"},
    {"id": "d26-suggestion-10", "kind": "suggestion", "themes": ["strategie"], "thread": T,
     "quoted": "vervolg_atelier", "quote": "outlook-nl",
     "sender": "Hans Wijnands <h.wijnands@werkorganisatie-peelland-west.nl>",
     "body": "Thanks for the report, great afternoon.\n\nFor next time: de inhoudelijke agenda. What do our "
             "councils really expect from the werkorganisatie over the next decade, and how do we translate "
             "that into a shared vision?\n\nHans"},
    {"id": "d26-suggestion-11", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T,
     "quoted": "oproep_themas", "quote": "notes-wrote",
     "sender": "Patricia Young <p.young@werkorganisatie-brielse-polder.nl>",
     "body": "Dear Stan,\n\nI should like to put forward the monitoring of performance in our services to "
             "residents: which indicators are meaningful, and how does one report them to three councils at "
             "once?\n\nYours sincerely,\nPatricia Young"},
    {"id": "d26-suggestion-12", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "gmail",
     "sender": "Dave Mulder <dave.mulder@werkorganisatie-lekdijk.nl>",
     "body": "Idea: AI in our work processes. Chatbots, automated decisions, I&A architecture - what are "
             "folks actually doing, and what does it cost?\n\nDave"},
    {"id": "d26-suggestion-13", "kind": "suggestion", "themes": ["strategie", "samenwerking"], "thread": T,
     "quoted": "vervolg_atelier", "quote": "outlook-en",
     "sender": "Erik Sundberg <e.sundberg@werkorganisatie-oostermeer.nl>",
     "body": "Hi,\n\nAfter the Swedish municipal mergers I saw how much depends on a clear long-term strategy. "
             "So I'd propose: how do you keep a strategic course for the shared organisation, and at the "
             "same time balance the different ambitions of the partner municipalities?\n\nBest,\nErik"},
    {"id": "d26-suggestion-14", "kind": "suggestion", "themes": ["organisatie"], "thread": None,
     "subject": "Topic for the next atelier",
     "sender": "Annelies Kuipers <a.kuipers@werkorganisatie-vechtstreek.nl>",
     "body": "Hi Melanie,\n\nA topic for the next atelier: financial control in a shared organisation - the "
             "planning & control cycle, the budget and how we keep our overhead down.\n\n"
             "Annelies"},
    {"id": "d26-suggestion-15", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T,
     "quoted": "bedankt_suggestie", "quote": "outlook-lijn",
     "sender": "Jeroen Blom <jblom@werkorganisatie-kromme-rijn.nl>",
     "body": "One more to add: service delivery to institutions such as schools and care providers - they deal "
             "with three municipalities but one werkorganisatie.\n\nJeroen"},
    {"id": "d26-suggestion-16", "kind": "suggestion", "themes": ["samenwerking"], "thread": T,
     "quoted": "oproep_themas", "quote": "ongemarkeerd",
     "sender": "Marloes Tieleman <m.tieleman@werkorganisatie-achterhoek-west.nl>",
     "body": "Mijn suggestie: de positie van de werkorganisatie in de regio. We sit between the regional deal, "
             "the province and two safety regions - how do others handle that?\n\nGroet, Marloes"},
    {"id": "d26-suggestion-17", "kind": "suggestion", "themes": ["strategie", "organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-nl",
     "sender": "Ramon Jacobs <r.jacobs@werkorganisatie-heerlerbaan.nl>",
     "body": "Beste Stan,\n\nTwee onderwerpen, in English for my co-director who reads along:\n"
             "a) administrative priorities - how do we choose what comes first when the agenda is overfull?\n"
             "b) innovation in our organisation structure: matrix or not?\n\nRamon Jacobs"},
    # -- Autoreply ------------------------------------------------------------------------------------------
    {"id": "d26-autoreply-01", "kind": "autoreply", "thread": I, "quoted": None,
     "subject": "Automatic reply: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking "
                "& eigenheid [atelier:2027-1]",
     "sender": "Hannah Whitfield <h.whitfield@werkorganisatie-lingezoom.nl>",
     "headers": {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
     "body": "Thank you for your email. I am out of the office until Monday 15 February with limited access to "
             "email. For urgent matters, please contact my office manager, Tessa Bos, on +31 26 300 4400."},
    {"id": "d26-autoreply-02", "kind": "autoreply", "thread": T, "quoted": None,
     "subject": "Abwesenheitsnotiz: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 "
                "[atelier:2027-1]",
     "sender": "Bernd Hoffmann <b.hoffmann@grenzraum-dinkelland.nl>",
     "headers": {"Auto-Submitted": "auto-replied"},
     "body": "Sehr geehrte Damen und Herren,\n\nich bin bis einschließlich 20. Januar nicht im Büro. Ihre "
             "Nachricht wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an "
             "Frau Schulte (a.schulte@grenzraum-dinkelland.nl).\n\nMit freundlichen Grüßen\nBernd Hoffmann"},
    {"id": "d26-autoreply-03", "kind": "autoreply", "thread": R, "quoted": None,
     "subject": "Automatisch antwoord: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 "
                "[atelier:2027-1]",
     "sender": "Lars Pedersen <l.pedersen@werkorganisatie-schiedelta.nl>",
     "headers": {"Auto-Submitted": "auto-replied"},
     "body": "Ik ben afwezig tot en met 8 maart. Uw e-mail wordt niet doorgestuurd.\n\n"
             "I am out of office until 8 March. Your e-mail will not be forwarded. For urgent matters, "
             "please call the secretariat on 010 245 67 00."},
    {"id": "d26-autoreply-04", "kind": "autoreply", "thread": I, "quoted": None,
     "subject": "Undeliverable mailbox - please update your records",
     "sender": "Gordon Fraser <g.fraser@werkorganisatie-kromme-rijn.nl>",
     "headers": {"X-Autoreply": "yes"},
     "body": "This mailbox is no longer in use. Gordon Fraser has left Werkorganisatie Kromme Rijn. "
             "Please send your message to info@werkorganisatie-kromme-rijn.nl.\n\nThis is an automated "
             "message; replies to this address are not read."},
    {"id": "d26-autoreply-05", "kind": "autoreply", "thread": C, "quoted": None,
     "subject": "Out of Office: Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
     "sender": "Elin Hansen <e.hansen@werkorganisatie-noorderzand.nl>",
     "headers": {"Precedence": "auto_reply"},
     "body": "Hi, I'm travelling until 4 January and will reply when I'm back. Merry Christmas!\n\nElin"},
    {"id": "d26-autoreply-06", "kind": "autoreply", "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "ongemarkeerd",
     "subject": "Re: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid "
                "[atelier:2027-1]",
     "sender": "Directie Werkorganisatie Zaanoever <directie@werkorganisatie-zaanoever.nl>",
     "body": "Thank you for your message. This is an automated reply: your e-mail has been received by the "
             "management office and will be dealt with within five working days."},
    {"id": "d26-autoreply-07", "kind": "autoreply", "thread": R, "quoted": None,
     "subject": "Automatic reply: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]",
     "sender": "Yvonne Martens <yvonne.martens@werkorganisatie-lekstroom.nl>",
     "headers": {"Auto-Submitted": "auto-replied"},
     "body": "I am on parental leave until 1 June and am not reading my e-mail. During my absence Mark de Lange "
             "(m.delange@werkorganisatie-lekstroom.nl) is acting director."},
    {"id": "d26-autoreply-08", "kind": "autoreply", "thread": None,
     "subject": "Your request has been received [case no. 2027-004518]",
     "sender": "Klantcontact Werkorganisatie Amstelscheg <noreply@werkorganisatie-amstelscheg.nl>",
     "headers": {"Auto-Submitted": "auto-generated"},
     "body": "Dear sender,\n\nThank you for contacting Werkorganisatie Amstelscheg. Your message has been "
             "registered under case number 2027-004518. Please quote this number in any further "
             "correspondence.\n\nThis message was sent automatically; please do not reply."},
    {"id": "d26-autoreply-09", "kind": "autoreply", "thread": T, "quoted": None,
     "subject": "Out of office / Afwezig",
     "sender": "Thomas Brandt <t.brandt@euregio-rijnwaal-gemeenten.nl>",
     "headers": {"Auto-Submitted": "auto-replied"},
     "body": "Vielen Dank für Ihre Nachricht. Ich bin bis zum 12.02. im Urlaub.\n\nThank you for your message. "
             "I am on holiday until 12 February.\n\nDank voor uw bericht. Ik ben op vakantie tot 12 februari."},
    # -- Other ----------------------------------------------------------------------------------------------
    {"id": "d26-other-01", "kind": "other", "thread": None, "subject": "Can interim directors join?",
     "sender": "Paul Whitaker <p.whitaker@werkorganisatie-drechtoever.nl>",
     "body": "Hello,\n\nQuick question before I sign up: I'm an interim director on a 9-month contract. Is the "
             "network open to interim directors as well, or only to permanent ones?\n\nThanks,\nPaul Whitaker"},
    {"id": "d26-other-02", "kind": "other", "thread": None, "subject": "Deputy directors?",
     "sender": "Ingrid Lindqvist <i.lindqvist@werkorganisatie-oostermeer.nl>",
     "body": "Hi,\n\nIs membership only for the algemeen directeur, or can our two adjunct-directors also "
             "become members? They'd benefit a lot from the ateliers.\n\nIngrid"},
    {"id": "d26-other-03", "kind": "other", "thread": None, "subject": "Speaker offer for your ateliers",
     "sender": "James O'Connell <james@oconnell-public-advisory.nl>",
     "body": "Dear Mr van de Laar,\n\nI'm an international consultant specialised in agile transformation of "
             "local government (UK, Ireland, the Netherlands). I'd be delighted to run an interactive session "
             "on self-steering teams at one of your ateliers - free of charge for a first session. Could we "
             "schedule a 20-minute call next week?\n\nBest regards,\nJames O'Connell\nFounder, O'Connell Public "
             "Advisory\n+31 20 808 1234"},
    {"id": "d26-other-04", "kind": "other", "thread": None,
     "subject": "Innovative citizen portal - demo for your network members",
     "sender": "Nadia Kramer <n.kramer@civicflow-solutions.nl>",
     "body": "Hi there!\n\nCivicFlow helps shared service organisations deliver better service to residents "
             "with one portal for all participating municipalities. We'd love to give your members a demo at "
             "the next atelier, or share a case study in your newsletter. Who can I talk to?\n\nCheers,\n"
             "Nadia Kramer | Account Manager Public Sector"},
    {"id": "d26-other-05", "kind": "other", "thread": None, "subject": "New director - please add him",
     "sender": "Jolanda Peeters <j.peeters@werkorganisatie-dommelvallei.nl>",
     "body": "Dear secretariat,\n\nOur new director, Niels van Doorn, started on 1 November. Could you please add "
             "him to the network? His address is n.vandoorn@werkorganisatie-dommelvallei.nl.\n\nKind regards,\n"
             "Jolanda Peeters\nmanagement assistant"},
    {"id": "d26-other-06", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "outlook-en",
     "sender": "Tessa Bos <t.bos@werkorganisatie-lingezoom.nl>",
     "body": "Dear Stan,\n\nPlease note that Frits Mol no longer works for us; he left in January. Could "
             "you remove him from your list?\n\nKind regards,\nTessa Bos\nOffice manager"},
    {"id": "d26-other-07", "kind": "other", "thread": None, "subject": "unsubscribe?",
     "sender": "Sarah Kingsley <s.kingsley@gemeenten-duinenwaard.nl>",
     "body": "Hi, sorry to bother you with this - I keep getting a weekly newsletter 'Gemeente & Digitaal' since "
             "I signed up for your network. How do I unsubscribe from that one? I do want to keep getting "
             "YOUR mails.\n\nSarah"},
    {"id": "d26-other-08", "kind": "other", "thread": None, "subject": "Re: Euregio directors' dinner 3 April",
     "sender": "Søren Kjær <s.kjaer@grensregio-eemsdollard.nl>",
     "body": "Dear Ms Janssens,\n\nThank you for the invitation to the Euregio directors' dinner in Aachen on "
             "3 April. I'm happy to confirm that I will attend, with one guest.\n\nBest regards,\nSøren Kjær"},
    {"id": "d26-other-09", "kind": "other", "thread": None, "subject": "Adviesraad",
     "sender": "Margaret Ellison <m.ellison@gemeenten-vlietland.nl>",
     "body": "Dear Stan,\n\nI understand there is a vacancy on the Adviesraad. I should like to put myself "
             "forward: I have led Gemeenten Vlietland for six years and chair the regional directors' "
             "consultation.\n\nKind regards,\nMargaret Ellison"},
    {"id": "d26-other-10", "kind": "other", "thread": None, "subject": "Interview request - shared services",
     "sender": "Ruth Abrahams <r.abrahams@lokaalbestuurweekly.nl>",
     "body": "Hello,\n\nI'm writing a feature for Lokaal Bestuur Weekly on shared civil-service organisations "
             "ten years on. Would someone from the network's secretariat or Adviesraad be available for a "
             "short interview before 20 February?\n\nKind regards,\nRuth Abrahams\nreporter"},
    {"id": "d26-other-11", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "outlook-lijn",
     "sender": "Kasia Nowak <k.nowak@dewaardenlanden.nl>",
     "body": "Dear secretariat,\n\nA small remark: all your mails are only in Dutch. For me and some other "
             "international colleagues it would be very helpful to receive also an English version. It is "
             "not a big problem, but maybe you can take it in consideration.\n\nKind regards,\nKatarzyna"},
    {"id": "d26-other-12", "kind": "other", "thread": None, "subject": "Costs and time investment",
     "sender": "Jan-Willem Brink <jw.brink@werkorganisatie-grevelingen.nl>",
     "body": "Hi,\n\nBefore I join: are there any costs involved, and how much time does membership take per "
             "year roughly? My agenda is already packed.\n\nRegards,\nJan-Willem"},
    {"id": "d26-other-13", "kind": "other", "thread": T, "quoted": "vervolg_atelier", "quote": "gmail",
     "sender": "Mike Donovan <m.donovan@werkorganisatie-hoeksewaard-oost.nl>",
     "body": "great session, thanks! fyi the link to the report gives me a 404 - can you resend?\n\nmike"},
    {"id": "d26-other-14", "kind": "other", "thread": R, "quoted": "herinnering_atelier", "quote": "outlook-en",
     "sender": "Bernd Hoffmann <b.hoffmann@grenzraum-dinkelland.nl>",
     "body": "Dear Sir or Madam,\n\nIs there a parking garage near the Stadskantoor, or is it better to come by "
             "train from Arnhem?\n\nKind regards\nBernd Hoffmann"},
    {"id": "d26-other-15", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "apple",
     "sender": "Jeroen Blom <jblom@werkorganisatie-kromme-rijn.nl>",
     "body": "I'd love to come - but may I bring two of our council members along? They're not directors, so "
             "I wasn't sure. Let me know.\n\nJeroen" + IPHONE},
    {"id": "d26-other-16", "kind": "other", "thread": None, "subject": "Change of director",
     "sender": "Koen Vermaat <k.vermaat@werkorganisatie-rijnstreek.nl>",
     "body": "Good morning,\n\nAs of this month I have replaced Wim Oudshoorn as director of Werkorganisatie "
             "Rijnstreek. Could you take him off your list and put me on it instead?\n\nKoen Vermaat"},
    {"id": "d26-other-17", "kind": "other", "thread": None, "subject": "Belgian members?",
     "sender": "Pieter-Jan Claes <pj.claes@werkorganisatie-baarle-grens.nl>",
     "body": "Goeiedag,\n\nEen vraag from a Flemish colleague: can Belgian intergemeentelijke "
             "samenwerkingsverbanden also become member, or is the network strictly for Dutch ambtelijke "
             "fusies? Zij is directeur van een intercommunale in de Kempen.\n\nGroeten,\nPieter-Jan"},
    {"id": "d26-other-18", "kind": "other", "thread": None, "subject": "Subject access request",
     "sender": "Klaus Richter <k.richter@grenzraum-dinkelland.nl>",
     "body": "Dear Sir or Madam,\n\nUnder Article 15 GDPR I would like to know which personal data you hold "
             "about me, where you got them and with whom you share them.\n\nKind regards\nKlaus Richter"},
    {"id": "d26-other-19", "kind": "other", "thread": R, "quoted": "herinnering_atelier", "quote": "notes",
     "sender": "Arjen Kok <a.kok@werkorganisatie-grevelingen.nl>",
     "body": "Hi,\n\nCould you send me the list of participants beforehand? I'd like to know which colleagues "
             "I'll meet.\n\nArjen"},
    {"id": "d26-other-20", "kind": "other", "thread": None, "subject": "Registration on behalf of our director",
     "sender": "Monique de Wit <m.dewit@werkorganisatie-zuidplas-oost.nl>",
     "body": "Dear secretariat,\n\nOn behalf of our director, Mr Richard Boateng, I would like to register him "
             "as member of the network: r.boateng@werkorganisatie-zuidplas-oost.nl.\n\nKind regards,\n"
             "Monique de Wit\nDirectiesecretaris" + DISCLAIMER_EN},
    {"id": "d26-other-21", "kind": "other", "thread": W, "quoted": "welkom", "quote": "outlook-en",
     "sender": "Emily Carter <e.carter@werkorganisatie-groenehart-noord.nl>",
     "body": "Thanks for the warm welcome - looking forward to meeting everyone.\n\nEmily"},
    {"id": "d26-other-22", "kind": "other", "thread": None, "subject": "Joining as advisor?",
     "sender": "Daniel Becker <d.becker@becker-governance.nl>",
     "body": "Dear Stan,\n\nI'm an independent consultant who has advised four ambtelijke fusies on their "
             "governance. Would it be possible for me to join the network, or at least attend the ateliers as "
             "an observer?\n\nBest,\nDaniel Becker"},
    {"id": "d26-other-23", "kind": "other", "thread": None, "subject": "Themes March atelier",
     "sender": "Wouter Lammers <w.lammers@werkorganisatie-drechtoever.nl>",
     "body": "Hi, which themes did the Adviesraad eventually choose for the March atelier? I'd like to prepare "
             "a case if it's about service delivery.\n\nWouter"},
    {"id": "d26-other-24", "kind": "other", "thread": None, "subject": "New e-mail address for our director",
     "sender": "Secretariaat Directie <secretariaat@werkorganisatie-vallei-en-eem.nl>",
     "body": "Hello,\n\nFrom 1 February our director Anna Bergström has a new e-mail address: "
             "anna.bergstrom@valleieneem.nl. Could you update this in your administration?\n\nKind regards,\n"
             "Secretariaat Directie"},
    {"id": "d26-other-25", "kind": "other", "thread": None, "subject": "Research on ambtelijke fusies",
     "sender": "Lotte Vink <l.vink@student.bestuurskunde-hogeschool.nl>",
     "body": "Dear sir/madam,\n\nI am a master's student in public administration writing my thesis about "
             "collaboration in ambtelijke fusies. Would you be willing to distribute a short survey among your "
             "members?\n\nThank you in advance,\nLotte Vink"},
    {"id": "d26-other-26", "kind": "other", "thread": None, "subject": "LinkedIn group",
     "sender": "Olga Petrova <o.petrova@werkorganisatie-beemsterland.nl>",
     "body": "Hi,\n\nHow do I leave the LinkedIn group of the network? Too many notifications. I do want to stay "
             "on your mailing list though!\n\nOlga"},
    {"id": "d26-other-27", "kind": "other", "thread": I, "quoted": "bevestiging_rsvp", "quote": "outlook-lijn",
     "sender": "Wouter Lammers <w.lammers@werkorganisatie-drechtoever.nl>",
     "body": "Thanks. Do you know roughly how many people are ahead of me - is there a realistic chance? "
             "Otherwise I'll plan something else that afternoon.\n\nWouter"},
    {"id": "d26-other-28", "kind": "other", "thread": None, "subject": "Atelier without membership?",
     "sender": "Isabel Moreno <i.moreno@werkorganisatie-heuvelrug-zuid.nl>",
     "body": "Hello,\n\nCan I attend the atelier in March without being a member of the network? I'm the new "
             "head of strategy, not a director.\n\nKind regards,\nIsabel Moreno"},
]
# fmt: on
