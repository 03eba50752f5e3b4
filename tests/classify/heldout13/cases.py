"""The cases of held-out set 13 (issue 17): directors in their first year, each labelled as the secretariat
should treat it; cases that could not be labelled with confidence were left out.

Replies to our follow-up mail (vervolg_atelier) carry the thread ``call_for_themes``; replies to the waiting-list
and change-of-date mails carry the invitation thread (or none, where the client dropped the headers). A director
who cannot come but sends a substitute is an RSVP with ``attending`` False; a mail written twice (a correction a
minute later) is labelled with the latest answer. Inline answers carry our quoted lines in ``body`` and no
``quoted``. A mail mixing an act with a question a person must decide is ``other``.
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
    "\n\n--\nDe informatie in dit bericht is vertrouwelijk en uitsluitend bestemd voor de geadresseerde. "
    "Werkorganisatie De Vier Polders aanvaardt geen aansprakelijkheid voor schade door het gebruik van "
    "elektronische communicatie."
)
PRINT = "\n\nDenk aan het milieu voordat u deze e-mail print."


def earlier(when: str, subject: str, text: str) -> str:
    """The writer's own first mail, quoted under a correction sent a minute later."""
    return (
        f"\n\n-----Oorspronkelijk bericht-----\nVerzonden: {when}\nAan: info@ambtelijkefusie.nl\n"
        f"Onderwerp: {subject}\n\n{text}"
    )


# fmt: off
CASES: list[dict[str, Any]] = [
    # -- RSVP -----------------------------------------------------------------------------------------------
    {"id": "h13-rsvp-01", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "sender": "Evelien Boskamp <e.boskamp@wo-vierpolders.nl>",
     "body": "Beste secretariaat,\n\nSinds 1 januari ben ik directeur van Werkorganisatie De Vier Polders, dus dit "
             "wordt mijn eerste atelier. Mijn voorganger sprak er lovend over. Ik meld me hierbij graag aan.\n\n"
             "Met vriendelijke groet,\nEvelien Boskamp\nalgemeen directeur" + DISCLAIMER},
    {"id": "h13-rsvp-02", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "gmail", "sender": "Bas Wijnberg <bas.wijnberg@lingewaalen.nl>",
     "body": "Hi, ik ben de nieuwe directeur van de Lingewaalen-organisatie (ex-Deloitte, dus excuse my "
             "Dunglish). Count me in voor 11 maart, sounds like a great kick-off om het netwerk te leren "
             "kennen.\n\nCheers,\nBas"},
    {"id": "h13-rsvp-03", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-lijn", "sender": "H.J. Kamphuis <h.kamphuis@werkorganisatie-twentsevlakte.nl>",
     "body": "Geacht secretariaat,\n\nOndergetekende, sinds kort directeur van de werkorganisatie Twentse Vlakte, "
             "deelt u mede dat hij op donderdag 11 maart 2027 verhinderd is wegens een eerder geplande "
             "werkbespreking met de burgemeesters. Van deelname wordt derhalve afgezien.\n\nHoogachtend,\n"
             "H.J. Kamphuis"},
    {"id": "h13-rsvp-04", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "apple", "sender": "Marijke Tol <m.tol@dewoldenhof.nl>",
     "body": "Wat leuk om uitgenodigd te worden! Ik sta nog maar drie maanden aan het roer bij De Woldenhof en "
             "kijk ernaar uit om collega's te ontmoeten. Ik kom heel graag.\n\nHartelijke groet,\nMarijke" + IPHONE},
    {"id": "h13-rsvp-05", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "sender": "Joost Amersfoort <j.amersfoort@bergenmaasland.nl>",
     "body": "Goedemiddag,\n\nIk kan zelf helaas niet, de raad heeft die middag een extra sessie over de "
             "kadernota. Ik stuur mijn adjunct, Sanne Veldkamp (s.veldkamp@bergenmaasland.nl). Zij is net als "
             "ik nieuw hier en kan de kennismaking goed gebruiken.\n\nGroet,\nJoost Amersfoort"},
    {"id": "h13-rsvp-06", "kind": "rsvp", "attending": True, "thread": R, "quoted": "herinnering_atelier",
     "quote": "outlook-en", "sender": "R. Doornbos <r.doornbos@westerkwartier-wo.nl>",
     "body": "Staat genoteerd, ik ben er om 14.00 uur. Ik kom met de trein.\n\nRoelof"},
    {"id": "h13-rsvp-07", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "sender": "Fatima el Idrissi <f.elidrissi@wo-kempenrand.nl>",
     "body": "Correctie op mijn vorige mail: ik had me te vroeg aangemeld, de agenda van mijn voorganger was nog "
             "niet overgezet. Ik blijk die dag een auditcommissie te hebben. Dus toch NIET, sorry voor de "
             "verwarring.\n\nFatima"
             + earlier("dinsdag 2 maart 2027 10:58", "RE: Uitnodiging Leer- en inspireer-atelier 11 maart 2027",
                       "Ja, ik kom graag!\n\nFatima el Idrissi")},
    {"id": "h13-rsvp-08", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "sender": "Fatima el Idrissi <f.elidrissi@wo-kempenrand.nl>",
     "subject": "RE: RE: Uitnodiging Leer- en inspireer-atelier 11 maart 2027",
     "body": "En nu echt de laatste: de auditcommissie is verplaatst, dus ik ben er toch bij. Excuses aan wie "
             "mijn mails moet bijhouden!\n\nFatima"
             + earlier("dinsdag 2 maart 2027 11:01", "RE: Uitnodiging Leer- en inspireer-atelier 11 maart 2027",
                       "Correctie: ik kan toch niet.")},
    {"id": "h13-rsvp-09", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "groupwise", "sender": "W. Bakkenes <w.bakkenes@ijsselgouw.nl>",
     "body": "Aanwezig. Ik neem mijn concerncontroller mee, Dirk Oosterhuis.\n\nW. Bakkenes\n"
             "directeur Werkorganisatie IJsselgouw\nT 0348 - 41 22 90"},
    {"id": "h13-rsvp-10", "kind": "rsvp", "attending": False, "thread": R, "quoted": "herinnering_atelier",
     "quote": "gmail", "sender": "Koen Marsman <k.marsman@duinstreek.nl>",
     "body": "Helaas moet ik afzeggen, griep :( Volgende keer beter.\n\nKoen" + SAMSUNG},
    {"id": "h13-rsvp-11", "kind": "rsvp", "attending": True, "thread": None, "quote": "none",
     "subject": "aanmelding atelier 11 maart",
     "sender": "Anouk Verhagen <a.verhagen@werkorganisatie-hartvanbrabant.nl>",
     "body": "Goedemorgen,\n\nEen collega-directeur wees me op het atelier van 11 maart. Ik ben sinds de zomer "
             "directeur van de werkorganisatie Hart van Brabant en al lid van het netwerk. Graag meld ik me aan "
             "voor deze bijeenkomst.\n\nVriendelijke groet,\nAnouk Verhagen"},
    {"id": "h13-rsvp-12", "kind": "rsvp", "attending": True, "thread": I,
     "sender": "Thijs Ruitenberg <t.ruitenberg@woudenbergvallei.nl>",
     "body": "> Laat u ons weten of u komt? Beantwoord deze e-mail dan.\n\nJazeker, ik kom.\n\n"
             "> U mag een gast meenemen.\n\nGeen gast, ik kom alleen.\n\nThijs"},
    {"id": "h13-rsvp-13", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "notes", "sender": "Gerrit Veenstra <g.veenstra@fryskewalden-wo.nl>",
     "body": "Fan myn kant spitich genôch net. Ik sit dy dei yn Ljouwert by de provinsje. Mei freonlike groetnis, "
             "Gerrit Veenstra (ik kan helaas niet, provinciaal overleg)"},
    {"id": "h13-rsvp-14", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "doorgestuurd", "sender": "Paul Hendrikx <p.hendrikx@maasenpeel-wo.nl>",
     "body": "Anja, graag aanmelden, ik ga erheen. En zet het in mijn agenda s.v.p.\n\nPaul"},
    {"id": "h13-rsvp-15", "kind": "rsvp", "attending": True, "thread": I, "quoted": "bevestiging_rsvp",
     "quote": "outlook-nl", "sender": "Lotte Brinkhuis <l.brinkhuis@wo-alblasdam.nl>",
     "body": "Dank voor het bericht over de wachtlijst. Mocht er een plek vrijkomen: ik wil nog steeds heel graag "
             "komen, ik schuif dan andere afspraken.\n\nLotte Brinkhuis"},
    {"id": "h13-rsvp-16", "kind": "rsvp", "attending": False, "thread": I, "quoted": "bevestiging_rsvp",
     "quote": "apple", "sender": "Michiel Kraaijeveld <m.kraaijeveld@heuvelrug-oost.nl>",
     "body": "Haal me maar van de wachtlijst af, dan heeft een ander de plek. Ik ben er niet bij dit keer." + IPHONE},
    {"id": "h13-rsvp-17", "kind": "rsvp", "attending": False, "thread": I, "quoted": "wijziging_atelier",
     "quote": "outlook-nl", "sender": "Ingrid Spaans <i.spaans@werkorganisatie-zeeuwsekust.nl>",
     "body": "Beste mensen,\n\nJammer, op 18 maart kan ik niet: dan is onze eerste begrotingsraad in de nieuwe "
             "samenstelling. Op de 11e had ik wel gekund. Ik meld me dus af voor het atelier.\n\nGroet,\nIngrid"},
    {"id": "h13-rsvp-18", "kind": "rsvp", "attending": True, "thread": None, "quoted": "wijziging_atelier",
     "quote": "outlook-lijn", "sender": "Dennis Overbeek <d.overbeek@rivierenland-west.nl>",
     "body": "18 maart past mij ook, ik blijf aangemeld. Tot dan!\n\nDennis Overbeek"},
    {"id": "h13-rsvp-19", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "sender": "Henk Smeulders <h.smeulders@wo-dommeldal.nl>",
     "body": "Geacht secretariaat,\n\nAls voormalig wethouder weet ik hoe waardevol het is om over de grenzen van "
             "de eigen gemeente heen te kijken. Het zal u dan ook niet verbazen dat ik, nu ik de overstap naar "
             "de ambtelijke kant heb gemaakt, met genoegen op uw uitnodiging inga. U kunt op mijn aanwezigheid "
             "rekenen.\n\nMet vriendelijke groet,\ndrs. H. Smeulders\ndirecteur Werkorganisatie Dommeldal"},
    {"id": "h13-rsvp-20", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-en", "sender": "Nadia Bouzid <n.bouzid@deltawerk.nl>",
     "body": "ja graag, ik kom. sory voor de korte reactie, zit tussen twee overleggen\n\nNadia" + OUTLOOK_IOS},
    {"id": "h13-rsvp-21", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "notes-wrote", "sender": "P. van Egmond <p.vanegmond@wo-hollandsmidden.nl>",
     "body": "Betreft: atelier 11 maart 2027.\nStatus: betrokkene (ondergetekende) verhinderd.\nReden: samenvallend "
             "met regionaal veiligheidsoverleg.\nVervanging: niet voorzien.\n\nP. van Egmond\ndirecteur"},
    {"id": "h13-rsvp-22", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "sender": "Sjoerd Kuipers <s.kuipers@oostgroningen-wo.nl>",
     "body": "Beste secretariaat, ik wil er graag bij zijn. Omdat ik nog maar kort in dienst ben neem ik "
             "onze strategisch adviseur mee als gast: Marloes Dijkhuis. Hartelijke groet, Sjoerd Kuipers"},
    {"id": "h13-rsvp-23", "kind": "rsvp", "attending": False, "thread": R, "quoted": "herinnering_atelier",
     "quote": "outlook-nl", "sender": "Carla Westerhof <c.westerhof@wo-eemvallei.nl>",
     "body": "Ik zag de herinnering pas nu. Ik kan morgen niet komen, er is een crisisoverleg belegd. Mijn "
             "gast komt dan ook niet.\n\nCarla Westerhof"},
    {"id": "h13-rsvp-24", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "ongemarkeerd", "sender": "Ruben Aalders <r.aalders@veluwezoom-wo.nl>",
     "body": "Hallo allemaal, wat fijn dat jullie mij gevonden hebben! Ik kom, en ik breng mijn nieuwsgierigheid "
             "mee. Tot de 11e,\nRuben"},
    {"id": "h13-rsvp-25", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "gmail", "sender": "Yvonne Schipper <y.schipper@waterland-wo.nl>",
     "body": "Ik kom wel... wacht, nee. Net gezien dat onze raad die middag een besloten sessie heeft. Ik moet "
             "helaas afzeggen.\n\nYvonne"},
    {"id": "h13-rsvp-26", "kind": "rsvp", "attending": True, "thread": None, "quote": "none",
     "subject": "Re: atelier", "sender": "Arjen Mol <a.mol@wo-betuwepoort.nl>",
     "body": "Ik stuurde vorige week al een bericht maar weet niet of dat aankwam (nieuw mailadres, oude werd "
             "afgesloten). Voor de zekerheid: ik ben er op het atelier van donderdag 11 maart.\n\nArjen Mol\n"
             "directeur Werkorganisatie Betuwepoort"},
    {"id": "h13-rsvp-27", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-lijn", "sender": "Tessa Hoogland <t.hoogland@gooistad-wo.nl>",
     "body": "Goedemiddag,\n\nIk ben die dag op cursus voor nieuwe gemeentesecretarissen. In mijn plaats gaat "
             "Erik Zandbergen, hoofd bedrijfsvoering.\n\nGroet,\nTessa Hoogland"},
    {"id": "h13-rsvp-28", "kind": "rsvp", "attending": True, "thread": R, "quoted": "herinnering_atelier",
     "quote": "groupwise", "sender": "Marco de Ruiter <m.deruiter@alblasserwaard-wo.nl>",
     "body": "Dank voor de herinnering, ik kom nog steeds. Mijn gast is gewijzigd: niet Bart maar Linda Smit "
             "(beleidsadviseur).\n\nMarco"},
    {"id": "h13-rsvp-29", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "apple", "sender": "Ellen Vos <e.vos@wo-kromme-rijn.nl>",
     "body": "Super, daar wil ik bij zijn!" + IPHONE},
    {"id": "h13-rsvp-30", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "sender": "Bram Lenferink <b.lenferink@achterhoek-oost.nl>",
     "body": "Beste,\n\nOp dit moment sta ik ingedeeld bij de verkiezingsvoorbereiding, dus ik laat dit atelier aan "
             "me voorbijgaan. Het volgende hoop ik wel te halen.\n\nMet hartelijke groet,\nBram Lenferink"},
    {"id": "h13-rsvp-31", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-en", "sender": "Jasper Vink <j.vink@wo-lekdijk.nl>",
     "body": "Goedemiddag, ik moet helaas afzeggen.\n\nUPDATE 14:03 - laat maar, mijn afspraak is verzet. Ik "
             "kom gewoon.\n\nJasper"},
    {"id": "h13-rsvp-32", "kind": "rsvp", "attending": True, "thread": I,
     "sender": "Rianne Bosgra <r.bosgra@wo-hunzedal.nl>",
     "body": "> Beste Rianne Bosgra,\n>\n> Graag nodigen wij u uit voor het Leer- en inspireer-atelier\n\n"
             "Dank! Als juf van groep 8 leerde ik dat je nooit te oud bent om te leren, dus ik kom graag "
             "meedoen.\n\nWarme groet,\nRianne"},
    # -- OTHER ----------------------------------------------------------------------------------------------
    {"id": "h13-other-01", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
     "sender": "Evelien Boskamp <e.boskamp@wo-vierpolders.nl>",
     "body": "Beste secretariaat,\n\nVoordat ik me aanmeld: wat is een 'Leer- en inspireer-atelier' precies? Is "
             "het een lezing, een werksessie, moet ik iets voorbereiden? Ik ben nieuw in dit netwerk en wil "
             "weten waar ik aan begin.\n\nGroet,\nEvelien Boskamp"},
    {"id": "h13-other-02", "kind": "other", "thread": W, "quoted": "welkom", "quote": "gmail",
     "sender": "Bas Wijnberg <bas.wijnberg@lingewaalen.nl>",
     "body": "Thanks voor de welkomstmail! Quick question: is er een ledenlijst of een overview van alle "
             "fusieorganisaties in het netwerk? Ik wil graag wat benchmarking doen met peers.\n\nBas"},
    {"id": "h13-other-03", "kind": "other", "thread": None, "quote": "none",
     "subject": "Kunnen ook mijn MT-leden lid worden?",
     "sender": "Anouk Verhagen <a.verhagen@werkorganisatie-hartvanbrabant.nl>",
     "body": "Goedemiddag,\n\nIk ben sinds kort directeur en lid van het netwerk. Mijn drie MT-leden zijn ook "
             "geïnteresseerd. Is het netwerk alleen voor directeuren, of kunnen zij zich ook aanmelden?\n\n"
             "Met vriendelijke groet,\nAnouk Verhagen"},
    {"id": "h13-other-04", "kind": "other", "thread": None, "quote": "none",
     "subject": "Aanmelding collega Van Tilburg", "sender": "Henk Smeulders <h.smeulders@wo-dommeldal.nl>",
     "body": "Geacht secretariaat,\n\nGraag meld ik namens mijn collega-directeur, de heer J. van Tilburg "
             "(j.vantilburg@wo-dommeldal.nl), aan als lid van uw netwerk. Hij is per 1 april aangesteld als "
             "adjunct-directeur.\n\nHoogachtend,\nH. Smeulders"},
    {"id": "h13-other-05", "kind": "other", "thread": None, "quote": "none",
     "subject": "Adviesraad", "sender": "Marijke Tol <m.tol@dewoldenhof.nl>",
     "body": "Beste secretariaat,\n\nIn de welkomstmail las ik over de Adviesraad. Ik zou daar graag een bijdrage "
             "aan leveren, ook al ben ik nieuw: ik heb twintig jaar in het onderwijs gewerkt en weet veel van "
             "samen leren. Hoe kom je daarin?\n\nHartelijke groet,\nMarijke Tol"},
    {"id": "h13-other-06", "kind": "other", "thread": C, "quoted": "bevestiging_aanmelding", "quote": "outlook-nl",
     "sender": "Secretariaat directie <secretariaat@wo-kempenrand.nl>",
     "body": "Goedemorgen,\n\nDeze mail kwam binnen op de algemene mailbox van onze directie. Mevrouw El Idrissi "
             "is pas begonnen; kunt u haar aanmelding koppelen aan f.elidrissi@wo-kempenrand.nl in plaats van "
             "dit adres?\n\nMet vriendelijke groet,\nKarin, secretariaat directie"},
    {"id": "h13-other-07", "kind": "other", "thread": None, "quote": "none",
     "subject": "Presentatie aanbieden op uw atelier", "sender": "Stefan Kroon <stefan@publiekdigitaal.nl>",
     "body": "Geachte heer, mevrouw,\n\nPubliekDigitaal helpt werkorganisaties met zaakgericht werken. Wij "
             "presenteren graag een praktijkcase op uw volgende atelier, kosteloos. Mag ik u bellen?\n\n"
             "Stefan Kroon\naccountmanager\n06 - 41 88 20 17"},
    {"id": "h13-other-08", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "outlook-lijn",
     "sender": "R. Doornbos <r.doornbos@westerkwartier-wo.nl>",
     "body": "Ik kom graag, maar is de locatie rolstoeltoegankelijk? Ik zit sinds een ongeluk tijdelijk in een "
             "rolstoel. Anders moet ik helaas bedanken. Laat u het weten?\n\nRoelof Doornbos"},
    {"id": "h13-other-09", "kind": "other", "thread": None, "quote": "none",
     "subject": "Verzoek om interview", "sender": "Linda Peeters <l.peeters@binnenlandsbestuur-redactie.nl>",
     "body": "Beste secretariaat,\n\nIk schrijf een artikel over nieuwe directeuren van ambtelijke fusies. Zou ik "
             "iemand van het netwerk kunnen spreken over hoe het netwerk hen helpt?\n\nLinda Peeters, journalist"},
    {"id": "h13-other-10", "kind": "other", "thread": G, "quoted": "afmelding_bevestigd", "quote": "outlook-nl",
     "sender": "Ingrid Spaans <i.spaans@werkorganisatie-zeeuwsekust.nl>",
     "body": "Huh? Ik heb me helemaal niet afgemeld. Ik had alleen gezegd dat ik niet naar het atelier van 18 maart "
             "kan. Wilt u dit nakijken?\n\nIngrid Spaans"},
    {"id": "h13-other-11", "kind": "other", "thread": None, "quote": "none",
     "subject": "Nieuw e-mailadres Kamphuis", "sender": "H.J. Kamphuis <h.kamphuis@werkorganisatie-twentsevlakte.nl>",
     "body": "Geacht secretariaat,\n\nMet ingang van 1 mei is de werkorganisatie Twentse Vlakte overgegaan op een "
             "nieuw domein. Verzocht wordt mijn gegevens als volgt te wijzigen: h.kamphuis@twentsevlakte.nl.\n\n"
             "Hoogachtend,\nH.J. Kamphuis"},
    {"id": "h13-other-12", "kind": "other", "thread": T, "quoted": "oproep_themas", "quote": "notes",
     "sender": "P. van Egmond <p.vanegmond@wo-hollandsmidden.nl>",
     "body": "Vraag ter verduidelijking: onder welk thema valt 'integrale veiligheid'? Ik lees vier thema's maar "
             "zie mijn onderwerp er niet direct in terug. Na uw antwoord dien ik een voorstel in.\n\nP. van Egmond"},
    {"id": "h13-other-13", "kind": "other", "thread": None, "quote": "none",
     "subject": "Kosten lidmaatschap?", "sender": "Nadia Bouzid <n.bouzid@deltawerk.nl>",
     "body": "hoi, wat kost het lidmaatschap en wie betaalt dat, de werkorganisatie of de gemeenten? moet ik even "
             "weten voor ik me aanmeld ivm onze budgetregels\n\nNadia"},
    {"id": "h13-other-14", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "apple",
     "sender": "Ruben Aalders <r.aalders@veluwezoom-wo.nl>",
     "body": "Mag mijn voorganger, Jan Tiemens (inmiddels met pensioen), ook nog mee als gast? Hij is geen "
             "directeur meer maar kent de geschiedenis van onze fusie als geen ander. Als het mag kom ik met "
             "hem, anders alleen. Wat vindt u?" + IPHONE},
    {"id": "h13-other-15", "kind": "other", "thread": W, "quoted": "welkom", "quote": "outlook-nl",
     "sender": "Wim Bakkenes <w.bakkenes@ijsselgouw.nl>",
     "body": "Dank voor het welkom. Ik heb even geen toegang tot de vorige uitnodiging: kunt u mij de stukken van "
             "het laatste atelier nog sturen?\n\nW. Bakkenes"},
    {"id": "h13-other-16", "kind": "other", "thread": None, "quote": "none",
     "subject": "Klacht over communicatie", "sender": "Yvonne Schipper <y.schipper@waterland-wo.nl>",
     "body": "Beste secretariaat,\n\nIk heb in een maand vier mails van u gehad over hetzelfde atelier (uitnodiging, "
             "wijziging, herinnering, nog een wijziging). Als nieuwe directeur krijg ik al honderd mails per dag. "
             "Kan dat niet gebundeld?\n\nYvonne Schipper"},
    {"id": "h13-other-17", "kind": "other", "thread": None, "quote": "none",
     "subject": "Afmelden collega Brouwer", "sender": "Koen Marsman <k.marsman@duinstreek.nl>",
     "body": "Hallo, mijn voorganger Ad Brouwer (a.brouwer@duinstreek.nl) is per 1 februari vertrokken en die "
             "mailbox wordt opgeheven. Kunnen jullie hem uit het bestand halen? Ik zit er zelf al in.\n\nKoen"},
    {"id": "h13-other-18", "kind": "other", "thread": T, "quoted": "vervolg_atelier", "quote": "gmail",
     "sender": "Bas Wijnberg <bas.wijnberg@lingewaalen.nl>",
     "body": "Great sessie gisteren! Zijn de slides van de expert ergens te downloaden? Ik wil ze delen met mijn "
             "MT.\n\nBas"},
    {"id": "h13-other-19", "kind": "other", "thread": None, "quote": "none",
     "subject": "Declaratie reiskosten atelier", "sender": "Carla Westerhof <c.westerhof@wo-eemvallei.nl>",
     "body": "Goedemiddag, kan ik de reiskosten voor het atelier bij u declareren of loopt dat via onze eigen "
             "organisatie? Ik ben nieuw en ken de afspraken nog niet.\n\nCarla Westerhof"},
    {"id": "h13-other-20", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
     "sender": "Paul Hendrikx <p.hendrikx@maasenpeel-wo.nl>",
     "body": "Beste,\n\nIk kom, maar wil ook graag mijn collega van de buurorganisatie meenemen, Jacqueline Beurskens "
             "(j.beurskens@peelland-wo.nl). Zij is geen lid. Kunt u haar apart uitnodigen of moet ze zich eerst "
             "aanmelden?\n\nPaul"},
    {"id": "h13-other-21", "kind": "other", "thread": None, "quote": "none",
     "subject": "Sollicitatie Adviesraad", "sender": "drs. H. Smeulders <h.smeulders@wo-dommeldal.nl>",
     "body": "Geacht secretariaat,\n\nHierbij stel ik mij kandidaat voor de Adviesraad. Acht jaar wethouderschap "
             "hebben mij geleerd bestuurlijke en ambtelijke belangen te verbinden. Mijn cv treft u bijgaand "
             "aan.\n\nHoogachtend,\ndrs. H. Smeulders"},
    {"id": "h13-other-22", "kind": "other", "thread": None, "quote": "none",
     "subject": "Wat is een ambtelijke fusieorganisatie precies?",
     "sender": "Gijs Termeer <g.termeer@regiowerk-noordkop.nl>",
     "body": "Goedendag,\n\nWij zijn een gemeenschappelijke regeling voor bedrijfsvoering van drie gemeenten, maar "
             "de gemeenten hebben nog eigen ambtenaren. Vallen wij onder jullie doelgroep? Dan meld ik mij "
             "graag aan, anders niet.\n\nGijs Termeer"},
    {"id": "h13-other-23", "kind": "other", "thread": R, "quoted": "herinnering_atelier", "quote": "outlook-lijn",
     "sender": "Tessa Hoogland <t.hoogland@gooistad-wo.nl>",
     "body": "Ik heb een herinnering gekregen, maar ik had me afgemeld en Erik Zandbergen gestuurd. Heeft hij "
             "zijn uitnodiging wel gekregen?\n\nTessa"},
    {"id": "h13-other-24", "kind": "other", "thread": None, "quote": "none",
     "subject": "Inzage gegevens", "sender": "Arjen Mol <a.mol@wo-betuwepoort.nl>",
     "body": "Beste secretariaat,\n\nWelke persoonsgegevens van mij hebben jullie eigenlijk, en van wie kregen "
             "jullie die? Ik stond al in jullie bestand voor ik hier begon. Graag een overzicht.\n\nArjen Mol"},
    {"id": "h13-other-25", "kind": "other", "thread": None, "quote": "none",
     "subject": "Bedankt", "sender": "Rianne Bosgra <r.bosgra@wo-hunzedal.nl>",
     "body": "Lieve mensen van het secretariaat, wat een fijne middag was het. Ik voelde me meteen thuis tussen "
             "de collega's. Dank jullie wel!\n\nRianne"},
    {"id": "h13-other-26", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "groupwise",
     "sender": "Gerrit Veenstra <g.veenstra@fryskewalden-wo.nl>",
     "body": "Is er ook een online variant? Vanuit Friesland is het een hele reis. Dan beslis ik of ik kom.\n\n"
             "Gerrit"},
    {"id": "h13-other-27", "kind": "other", "thread": C, "quoted": "herinnering_aanmelding", "quote": "outlook-en",
     "sender": "Jeroen Visscher <j.visscher@wo-zuidplas.nl>",
     "body": "Ik heb me nooit aangemeld en ken dit netwerk niet. Wie heeft mijn adres opgegeven?\n\nJeroen Visscher"},
    {"id": "h13-other-28", "kind": "other", "thread": None, "quote": "none",
     "subject": "Fwd: vraag van de raad", "sender": "Joost Amersfoort <j.amersfoort@bergenmaasland.nl>",
     "body": "Beste secretariaat,\n\nEen raadslid vroeg mij of het netwerk ook een standpunt heeft over de "
             "herindelingsplannen in onze regio. Heeft het netwerk zoiets, of is het puur voor uitwisseling?\n\n"
             "Groet,\nJoost"},
    # -- SUGGESTION -----------------------------------------------------------------------------------------
    {"id": "h13-suggestion-01", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-nl", "sender": "Evelien Boskamp <e.boskamp@wo-vierpolders.nl>",
     "body": "Beste secretariaat,\n\nAls nieuwe directeur loop ik aan tegen een verouderde formatie en een "
             "sturingsconcept dat niemand meer kan uitleggen. Ik stel voor: hoe herijk je het sturingsconcept "
             "van een werkorganisatie die tien jaar oud is?\n\nGroet,\nEvelien"},
    {"id": "h13-suggestion-02", "kind": "suggestion", "themes": ["strategie"], "thread": T,
     "quoted": "oproep_themas", "quote": "gmail", "sender": "Bas Wijnberg <bas.wijnberg@lingewaalen.nl>",
     "body": "Mijn input: long term vision. Hoe maak je een strategische agenda voor 2035 als je drie colleges "
             "met verschillende bestuurlijke prioriteiten hebt? In consultancy heette dat 'portfolio "
             "alignment', hier zal het wel anders heten :)\n\nBas"},
    {"id": "h13-suggestion-03", "kind": "suggestion", "themes": ["samenwerking"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-lijn", "sender": "drs. H. Smeulders <h.smeulders@wo-dommeldal.nl>",
     "body": "Geacht secretariaat,\n\nVanuit mijn ervaring als wethouder weet ik hoe gevoelig de verhouding tussen "
             "de deelnemende gemeenten kan liggen. Ik zou het atelier graag willen wijden aan de vraag hoe de "
             "directie omgaat met uiteenlopende ambities en belangen van de colleges.\n\nHoogachtend,\n"
             "H. Smeulders"},
    {"id": "h13-suggestion-04", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T,
     "quoted": "oproep_themas", "quote": "apple", "sender": "Marijke Tol <m.tol@dewoldenhof.nl>",
     "body": "Wat ik graag zou bespreken: hoe merken inwoners eigenlijk iets van onze fusie? Ik wil het hebben over "
             "betere dienstverlening aan inwoners en ondernemers, bijvoorbeeld één loket voor alle drie de "
             "gemeenten.\n\nMarijke" + IPHONE},
    {"id": "h13-suggestion-05", "kind": "suggestion", "themes": ["organisatie", "dienstverlening"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-nl", "sender": "Nadia Bouzid <n.bouzid@deltawerk.nl>",
     "body": "twee onderwerpen:\n1. digitalisering van onze werkprocessen (we werken nog met 3 zaaksystemen!)\n"
             "2. klanttevredenheid meten en prestaties monitoren aan de balie\n\nNadia" + OUTLOOK_IOS},
    {"id": "h13-suggestion-06", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "notes-wrote", "sender": "P. van Egmond <p.vanegmond@wo-hollandsmidden.nl>",
     "body": "Voorstel onderwerp atelier.\nOmschrijving: de financiële positie van de werkorganisatie, in het "
             "bijzonder de eigen begroting, de reserves en de bezuinigingen op de bedrijfsvoering.\n"
             "Toelichting: actueel bij "
             "betrokkene.\n\nP. van Egmond"},
    {"id": "h13-suggestion-07", "kind": "suggestion", "themes": ["samenwerking"], "thread": T,
     "quoted": "vervolg_atelier", "quote": "outlook-nl", "sender": "Sjoerd Kuipers <s.kuipers@oostgroningen-wo.nl>",
     "body": "Dank voor het fijne atelier. Voor een volgende keer: de positie van onze werkorganisatie in de "
             "regio, tegenover de provincie en de grote buurgemeente. Dat speelt bij ons sterk.\n\nSjoerd"},
    {"id": "h13-suggestion-08", "kind": "suggestion", "themes": ["strategie", "samenwerking"], "thread": T,
     "quoted": "oproep_themas", "quote": "groupwise", "sender": "W. Bakkenes <w.bakkenes@ijsselgouw.nl>",
     "body": "Onderwerp: de lange termijn visie op de fusie, inclusief de vraag of de gemeenten over tien jaar "
             "nog dezelfde gezamenlijke opgaven hebben.\n\nW. Bakkenes"},
    {"id": "h13-suggestion-09", "kind": "suggestion", "themes": ["organisatie"], "thread": None, "quote": "none",
     "subject": "idee voor atelier", "sender": "Ruben Aalders <r.aalders@veluwezoom-wo.nl>",
     "body": "Hoi, ik weet niet of dit de goede plek is, maar ik heb een idee voor een atelier: innovatie in de "
             "organisatie, hoe houd je jonge mensen binnen en ruimte voor vernieuwing in een krappe formatie?\n\n"
             "Ruben"},
    {"id": "h13-suggestion-10", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-en", "sender": "Dennis Overbeek <d.overbeek@rivierenland-west.nl>",
     "body": "Not so much strategy or structure for me - those we have settled. What I'd like to discuss is "
             "service delivery: de dienstverlening aan instellingen en ondernemers, vergunningen sneller.\n\n"
             "Dennis"},
    {"id": "h13-suggestion-11", "kind": "suggestion", "themes": ["strategie"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-nl",
     "sender": "Ingrid Spaans <i.spaans@werkorganisatie-zeeuwsekust.nl>",
     "body": "Mijn suggestie: hoe stel je als nieuwe directeur de inhoudelijke agenda op, met bestuurlijke "
             "prioriteiten die net na de verkiezingen nog niet vastliggen?\n\nIngrid Spaans"},
    {"id": "h13-suggestion-12", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "doorgestuurd", "sender": "Paul Hendrikx <p.hendrikx@maasenpeel-wo.nl>",
     "body": "Anja, stuur je dit door als mijn voorstel: I&A en informatieveiligheid in een werkorganisatie voor "
             "vier gemeenten. Dank, Paul"},
    {"id": "h13-suggestion-13", "kind": "suggestion", "themes": ["samenwerking", "organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-nl", "sender": "Lotte Brinkhuis <l.brinkhuis@wo-alblasdam.nl>",
     "body": "Goedemiddag,\n\nIk draag twee onderwerpen aan: de relatie met de deelnemende gemeenten nu één "
             "gemeente uit de fusie wil stappen, en wat dat betekent voor onze organisatiestructuur en "
             "financiën.\n\nLotte"},
    {"id": "h13-suggestion-14", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T,
     "quoted": "oproep_themas", "quote": "ongemarkeerd", "sender": "Rianne Bosgra <r.bosgra@wo-hunzedal.nl>",
     "body": "Wat ik in het onderwijs leerde: luister naar wie je bedient. Ik zou het daarom graag hebben over "
             "hoe we inwoners betrekken bij het verbeteren van onze dienstverlening.\n\nWarme groet, Rianne"},
    {"id": "h13-suggestion-15", "kind": "suggestion", "themes": ["strategie"], "thread": T,
     "quoted": "vervolg_atelier", "quote": "gmail",
     "sender": "Anouk Verhagen <a.verhagen@werkorganisatie-hartvanbrabant.nl>",
     "body": "Een vervolgonderwerp: de toekomstvisie op de werkorganisatie. Waar staan we in 2030? Samenwerking "
             "is bij ons goed geregeld, daar hoeft het niet over te gaan.\n\nAnouk"},
    {"id": "h13-suggestion-16", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "sender": "Thijs Ruitenberg <t.ruitenberg@woudenbergvallei.nl>",
     "body": "> Welk onderwerp wilt u bespreken?\n\nHet werven en behouden van personeel, de formatie staat onder "
             "druk.\n\n> Onder welk thema valt het?\n\nOrganisatie denk ik.\n\nThijs"},
    {"id": "h13-suggestion-17", "kind": "suggestion", "themes": ["samenwerking"], "thread": T,
     "quoted": "oproep_themas", "quote": "notes", "sender": "Gerrit Veenstra <g.veenstra@fryskewalden-wo.nl>",
     "body": "Ûnderwerp: gearwurking mei de buorgemeenten. In gewoon Nederlands: de samenwerking met de "
             "buurgemeenten buiten onze fusie, zoals bij de gezamenlijke opgave voor de energietransitie.\n\n"
             "Gerrit Veenstra"},
    {"id": "h13-suggestion-18", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-nl", "sender": "Fatima el Idrissi <f.elidrissi@wo-kempenrand.nl>",
     "body": "Ik stel voor: sturen op financiën. Sorry, dat was te kort. Ik bedoel: hoe houd je grip op de "
             "begroting van de werkorganisatie als elke gemeente andere wensen heeft en je geen tekorten "
             "mag hebben?\n\nFatima"
             + earlier("dinsdag 2 maart 2027 09:14", "RE: Welke thema's wilt u bespreken?", "financien")},
    {"id": "h13-suggestion-19", "kind": "suggestion", "themes": ["dienstverlening"], "thread": None,
     "quoted": "oproep_themas", "quote": "apple", "sender": "Ellen Vos <e.vos@wo-kromme-rijn.nl>",
     "body": "Onderwerp: monitoring van prestaties richting inwoners, welke KPI's werken?" + IPHONE},
    {"id": "h13-suggestion-20", "kind": "suggestion", "themes": ["strategie", "organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-lijn", "sender": "Bram Lenferink <b.lenferink@achterhoek-oost.nl>",
     "body": "Beste,\n\nIk mis in de ateliers het verband tussen visie en uitvoering. Voorstel: van lange "
             "termijn visie naar een passende organisatiestructuur.\n\nMet hartelijke groet,\nBram"},
    {"id": "h13-suggestion-21", "kind": "suggestion", "themes": ["samenwerking"], "thread": T,
     "quoted": "vervolg_atelier", "quote": "outlook-nl", "sender": "Carla Westerhof <c.westerhof@wo-eemvallei.nl>",
     "body": "Ik kon er zelf niet bij zijn, maar wil wel een onderwerp voor de volgende keer aandragen: de "
             "verhouding tussen de deelnemende gemeenten onderling: wie trekt welke gezamenlijke opgave?\n\nCarla"},
    {"id": "h13-suggestion-22", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-en", "sender": "Marco de Ruiter <m.deruiter@alblasserwaard-wo.nl>",
     "body": "Voorstel: de inzet van AI en datagedreven werken in de bedrijfsvoering. Dienstverlening laat ik "
             "bewust buiten beschouwing, dat is een ander gesprek.\n\nMarco"},
    {"id": "h13-suggestion-23", "kind": "suggestion", "themes": ["strategie"], "thread": T,
     "quoted": "oproep_themas", "quote": "groupwise", "sender": "Joost Amersfoort <j.amersfoort@bergenmaasland.nl>",
     "body": "Hoe vertaal je de bestuurlijke prioriteiten uit een nieuw coalitieakkoord naar een meerjarige "
             "inhoudelijke agenda? Dat zou ik graag eens met collega's uitdiepen.\n\nJoost"},
    {"id": "h13-suggestion-24", "kind": "suggestion", "themes": ["dienstverlening", "samenwerking"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-nl", "sender": "Tessa Hoogland <t.hoogland@gooistad-wo.nl>",
     "body": "Mijn thema's: een gezamenlijke aanpak met de zorgpartners in de regio, en de dienstverlening aan "
             "inwoners in het sociaal domein die daaruit volgt.\n\nTessa Hoogland"},
    {"id": "h13-suggestion-25", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-nl", "sender": "Arjen Mol <a.mol@wo-betuwepoort.nl>",
     "body": "Vanuit mijn politieverleden ben ik gewend aan heldere commandolijnen. Onderwerp dat ik inbreng: het "
             "sturingsconcept, wie beslist wat binnen de werkorganisatie.\n\nArjen Mol"},
    # -- SUBSCRIBE ------------------------------------------------------------------------------------------
    {"id": "h13-subscribe-01", "kind": "subscribe", "thread": None, "quote": "none",
     "subject": "Aanmelding netwerk", "sender": "Evelien Boskamp <e.boskamp@wo-vierpolders.nl>",
     "body": "Beste secretariaat,\n\nPer 1 januari ben ik benoemd tot algemeen directeur van Werkorganisatie De "
             "Vier Polders, de ambtelijke organisatie van drie gemeenten. Mijn voorganger was lid van uw netwerk; "
             "graag word ik dat nu zelf ook.\n\nMet vriendelijke groet,\nEvelien Boskamp" + DISCLAIMER},
    {"id": "h13-subscribe-02", "kind": "subscribe", "thread": None, "quote": "none",
     "subject": "Sign me up", "sender": "Bas Wijnberg <bas.wijnberg@lingewaalen.nl>",
     "body": "Hi team, net gestart als directeur bij Lingewaalen (coming from consulting). Ik wil graag onboarden "
             "in jullie netwerk - please add me to the member list.\n\nBest,\nBas Wijnberg"},
    {"id": "h13-subscribe-03", "kind": "subscribe", "thread": None, "quote": "none",
     "subject": "Verzoek tot toetreding", "sender": "drs. H. Smeulders <h.smeulders@wo-dommeldal.nl>",
     "body": "Geacht secretariaat,\n\nNa acht jaar als wethouder heb ik de overstap gemaakt naar de functie van "
             "directeur van Werkorganisatie Dommeldal. Ik hecht eraan mij ook in deze rol te verbinden met mijn "
             "ambtgenoten, en verzoek u daarom mij als lid van het netwerk in te schrijven.\n\nHoogachtend,\n"
             "drs. H. Smeulders"},
    {"id": "h13-subscribe-04", "kind": "subscribe", "thread": None, "quote": "none",
     "subject": "Aanmelding", "sender": "A. Mol <a.mol@wo-betuwepoort.nl>",
     "body": "Naam: Arjen Mol\nFunctie: directeur\nOrganisatie: Werkorganisatie Betuwepoort\nE-mail: "
             "a.mol@wo-betuwepoort.nl\nVerzoek: aanmelding als lid netwerk\n\nA. Mol"},
    {"id": "h13-subscribe-05", "kind": "subscribe", "thread": None, "quote": "none",
     "subject": "graag lid worden", "sender": "Rianne Bosgra <r.bosgra@wo-hunzedal.nl>",
     "body": "Beste mensen,\n\nIk ben Rianne, tot vorig jaar schooldirecteur en nu directeur van de werkorganisatie "
             "Hunzedal. Alles is nieuw, en ik leer het liefst van anderen. Mag ik lid worden van jullie "
             "netwerk?\n\nWarme groet,\nRianne Bosgra"},
    {"id": "h13-subscribe-06", "kind": "subscribe", "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "doorgestuurd",
     "sender": "Paul Hendrikx <p.hendrikx@maasenpeel-wo.nl>",
     "body": "Goedemiddag, deze uitnodiging kreeg ik van mijn secretariaat door, nog gericht aan mijn voorganger. "
             "Ik ben de nieuwe directeur en wil graag zelf lid worden van het netwerk. Over het atelier laat ik "
             "later nog weten.\n\nPaul Hendrikx"},
    {"id": "h13-subscribe-07", "kind": "subscribe", "thread": None, "quote": "none",
     "subject": "aanmelden", "sender": "Nadia Bouzid <n.bouzid@deltawerk.nl>",
     "body": "hoi, zou ik me mogen aanmelden voor het netwerk? directeur bij deltawerk sinds feb. thx\n\nNadia"
             + OUTLOOK_IOS},
    {"id": "h13-subscribe-08", "kind": "subscribe", "thread": None, "quote": "none",
     "subject": "Membership request", "sender": "Dennis Overbeek <d.overbeek@rivierenland-west.nl>",
     "body": "Dear secretariat,\n\nI recently started as director of Rivierenland West, a shared service "
             "organisation of three municipalities. I would like to join the network.\n\nKind regards,\n"
             "Dennis Overbeek"},
    {"id": "h13-subscribe-09", "kind": "subscribe", "thread": G, "quoted": "afmelding_bevestigd", "quote": "outlook-nl",
     "sender": "Ingrid Spaans <i.spaans@werkorganisatie-zeeuwsekust.nl>",
     "body": "Goedemorgen,\n\nVorig jaar heb ik me afgemeld omdat ik van baan wisselde. Nu ben ik directeur van "
             "de werkorganisatie Zeeuwse Kust en wil ik graag weer lid worden, op dit nieuwe adres.\n\nGroet,\n"
             "Ingrid Spaans"},
    {"id": "h13-subscribe-10", "kind": "subscribe", "thread": None, "quote": "none",
     "subject": "Inschrijving", "sender": "P. van Egmond <p.vanegmond@wo-hollandsmidden.nl>",
     "body": "Geacht secretariaat,\n\nRelaas: ondergetekende is op 1 maart jl. in dienst getreden als directeur van "
             "werkorganisatie Holland Midden. Via een collega is hij gewezen op uw netwerk. Hij verzoekt om "
             "inschrijving als lid.\n\nP. van Egmond"},
    {"id": "h13-subscribe-11", "kind": "subscribe", "thread": None, "quote": "none",
     "subject": "Aanmleding", "sender": "Koen Marsman <k.marsman@duinstreek.nl>",
     "body": "Graag aanmleden voor het netwerk, ben nieuwe direceur Duinstreek. Sorry typos, zit in de trein\n\n"
             "Koen" + SAMSUNG},
    {"id": "h13-subscribe-12", "kind": "subscribe", "thread": None, "quote": "none",
     "subject": "Houd mij op de hoogte", "sender": "Lotte Brinkhuis <l.brinkhuis@wo-alblasdam.nl>",
     "body": "Beste secretariaat,\n\nIk ben sinds kort directeur bij de werkorganisatie Alblasdam en hoor graag "
             "voortaan van jullie ateliers en nieuws. Zet u mij op de lijst?\n\nLotte Brinkhuis"},
    {"id": "h13-subscribe-13", "kind": "subscribe", "thread": None, "quote": "none",
     "subject": "Aanmelding", "sender": "Sjoerd Kuipers <s.kuipers@oostgroningen-wo.nl>",
     "body": "Moi,\n\nIk ben Sjoerd Kuipers, nieuwe directeur van de werkorganisatie Oost-Groningen. Graag word ik "
             "lid van het netwerk.\n\nGroeten uit Winschoten,\nSjoerd"},
    {"id": "h13-subscribe-14", "kind": "subscribe", "thread": T, "quoted": "oproep_themas", "quote": "gmail",
     "sender": "Yvonne Schipper <y.schipper@waterland-wo.nl>",
     "body": "Deze mail ging naar mijn voorganger en kwam bij mij terecht. Ik heb nog geen thema, maar wil eerst "
             "graag zelf lid worden. Kunt u mij inschrijven?\n\nYvonne Schipper, directeur Waterland"},
    {"id": "h13-subscribe-15", "kind": "subscribe", "thread": None, "quote": "none",
     "subject": "aanmelden netwerk directeuren", "sender": "Marco de Ruiter <m.deruiter@alblasserwaard-wo.nl>",
     "body": "Hallo, ik wil me aanmelden. Correctie: ik bedoel aanmelden voor het netwerk zelf, niet alleen voor het "
             "atelier waar een collega het over had.\n\nMarco de Ruiter\ndirecteur Werkorganisatie Alblasserwaard"
             + earlier("woensdag 14 april 2027 16:20", "aanmelden", "Hallo, ik wil me aanmelden voor het atelier.")},
    {"id": "h13-subscribe-16", "kind": "subscribe", "thread": None, "quote": "none",
     "subject": "Lid worden", "sender": "Marijke Tol <m.tol@dewoldenhof.nl>",
     "body": "Goedemiddag!\n\nIk ben Marijke Tol, sinds september directeur van De Woldenhof. Een oud-collega "
             "vertelde me over jullie netwerk. Ik sluit graag aan.\n\nHartelijke groet,\nMarijke" + IPHONE},
    {"id": "h13-subscribe-17", "kind": "subscribe", "thread": None, "quote": "none",
     "subject": "RE: Nieuwsbrief VNG", "sender": "Bram Lenferink <b.lenferink@achterhoek-oost.nl>",
     "body": "Beste,\n\nVia een verkeerde draad, excuus: ik wil mij graag aanmelden als lid van het Netwerk van "
             "directeuren van ambtelijke fusieorganisaties.\n\nMet hartelijke groet,\nBram Lenferink\n"
             "directeur Achterhoek-Oost"},
    {"id": "h13-subscribe-18", "kind": "subscribe", "thread": None, "quote": "none",
     "subject": "Aanmelding lidmaatschap", "sender": "Gijs Termeer <g.termeer@regiowerk-noordkop.nl>",
     "body": "Geacht secretariaat,\n\nZoals in de coalitie van mijn vorige gemeente: samen kom je verder. Daarom "
             "wil ik, als nieuwe directeur van werkorganisatie Noordkop, graag deelnemen aan uw netwerk.\n\n"
             "Met vriendelijke groet,\nGijs Termeer"},
    {"id": "h13-subscribe-19", "kind": "subscribe", "thread": None, "quote": "none",
     "subject": "joining", "sender": "Ellen Vos <e.vos@wo-kromme-rijn.nl>",
     "body": "Mag ik ook lid worden? Nieuw als directeur WO Kromme Rijn.\n\nEllen" + IPHONE},
    {"id": "h13-subscribe-20", "kind": "subscribe", "thread": W, "quoted": "welkom", "quote": "outlook-en",
     "sender": "Thijs Ruitenberg <t.ruitenberg@woudenbergvallei.nl>",
     "body": "Deze welkomstmail heeft mijn voorganger doorgestuurd, maar ik sta zelf nog niet ingeschreven. Graag "
             "wil ik ook lid worden, op t.ruitenberg@woudenbergvallei.nl.\n\nThijs Ruitenberg"},
    # -- UNSUBSCRIBE ----------------------------------------------------------------------------------------
    {"id": "h13-unsubscribe-01", "kind": "unsubscribe", "erase": False, "thread": None, "quote": "none",
     "subject": "Afmelden", "sender": "Bas Wijnberg <bas.wijnberg@lingewaalen.nl>",
     "body": "Hi, het was een korte ride: ik ga terug naar consultancy. Please unsubscribe me.\n\nBas"},
    {"id": "h13-unsubscribe-02", "kind": "unsubscribe", "erase": True, "thread": None, "quote": "none",
     "subject": "Verzoek verwijdering persoonsgegevens (AVG)", "sender": "Arjen Mol <a.mol@wo-betuwepoort.nl>",
     "body": "Geacht secretariaat,\n\nOp grond van artikel 17 AVG verzoek ik u al mijn persoonsgegevens uit uw "
             "bestanden te verwijderen en mij af te melden voor het netwerk. Graag ontvang ik een bevestiging.\n\n"
             "Arjen Mol"},
    {"id": "h13-unsubscribe-03", "kind": "unsubscribe", "erase": False, "thread": T, "quoted": "oproep_themas",
     "quote": "outlook-nl", "sender": "Ingrid Spaans <i.spaans@werkorganisatie-zeeuwsekust.nl>",
     "body": "Ik heb geen thema, want ik stop met het netwerk. Graag uitschrijven.\n\nIngrid Spaans"},
    {"id": "h13-unsubscribe-04", "kind": "unsubscribe", "erase": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-lijn", "sender": "Henk Smeulders <h.smeulders@wo-dommeldal.nl>",
     "body": "Geacht secretariaat,\n\nMet ingang van 1 juni keer ik terug in de lokale politiek. Mijn functie "
             "wordt overgenomen door mevrouw C. Jansen-Wouters (c.jansen@wo-dommeldal.nl), die mij ook in uw "
             "netwerk zal opvolgen.\n\nHoogachtend,\ndrs. H. Smeulders"},
    {"id": "h13-unsubscribe-05", "kind": "unsubscribe", "erase": False, "thread": None, "quote": "none",
     "subject": "overdracht", "sender": "Koen Marsman <k.marsman@duinstreek.nl>",
     "body": "Hallo, ik vertrek bij Duinstreek. Mijn opvolger is Ahmed Yilmaz, a.yilmaz@duinstreek.nl, hij neemt "
             "mijn plek in het netwerk over.\n\nKoen" + SAMSUNG},
    {"id": "h13-unsubscribe-06", "kind": "unsubscribe", "erase": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "gmail", "sender": "Yvonne Schipper <y.schipper@waterland-wo.nl>",
     "body": "Ik kom niet naar het atelier en wil ook geen lid meer zijn, het past niet bij mijn rol hier. "
             "Graag afmelden.\n\nYvonne"},
    {"id": "h13-unsubscribe-07", "kind": "unsubscribe", "erase": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "notes-wrote", "sender": "P. van Egmond <p.vanegmond@wo-hollandsmidden.nl>",
     "body": "Betreft: uitschrijving en gegevensverwijdering.\nBetrokkene verzoekt te worden afgemeld en verzoekt "
             "tevens om verwijdering van alle over hem vastgelegde persoonsgegevens, conform de AVG.\n\n"
             "P. van Egmond"},
    {"id": "h13-unsubscribe-08", "kind": "unsubscribe", "erase": False, "thread": W, "quoted": "welkom",
     "quote": "apple", "sender": "Ellen Vos <e.vos@wo-kromme-rijn.nl>",
     "body": "Oeps, ik heb me te snel aangemeld, dit netwerk is niet voor mijn functie. Haal me er maar weer af."
             + IPHONE},
    {"id": "h13-unsubscribe-09", "kind": "unsubscribe", "erase": False, "thread": None, "quote": "none",
     "subject": "Opvolging directeur IJsselgouw", "sender": "W. Bakkenes <w.bakkenes@ijsselgouw.nl>",
     "body": "Geacht secretariaat,\n\nPer 1 september ga ik met pensioen. Mijn opvolger, mevrouw Sandra "
             "Kerkhof (s.kerkhof@ijsselgouw.nl), neemt mijn lidmaatschap van het netwerk over.\n\nW. Bakkenes"},
    {"id": "h13-unsubscribe-10", "kind": "unsubscribe", "erase": False, "thread": T, "quoted": "vervolg_atelier",
     "quote": "outlook-nl", "sender": "Carla Westerhof <c.westerhof@wo-eemvallei.nl>",
     "body": "Dank voor de terugblik. Voor mij was dit het laatste atelier: ik heb een andere baan buiten het "
             "openbaar bestuur. Wilt u mij afmelden?\n\nCarla Westerhof"},
    {"id": "h13-unsubscribe-11", "kind": "unsubscribe", "erase": True, "thread": None, "quote": "none",
     "subject": "AVG", "sender": "Jeroen Visscher <j.visscher@wo-zuidplas.nl>",
     "body": "Ik word ongevraagd gemaild. Haal mij uit uw bestand en verwijder mijn gegevens, zoals de AVG "
             "voorschrijft.\n\nJ. Visscher"},
    {"id": "h13-unsubscribe-12", "kind": "unsubscribe", "erase": False, "thread": W, "quoted": "welkom",
     "quote": "outlook-en", "sender": "Jasper Vink <j.vink@wo-lekdijk.nl>", "subject": "RE: Welkom",
     "body": "Uitschrijven graag.\n\nJasper"},
    {"id": "h13-unsubscribe-13", "kind": "unsubscribe", "erase": False, "thread": R, "quoted": "herinnering_atelier",
     "quote": "groupwise", "sender": "Gerrit Veenstra <g.veenstra@fryskewalden-wo.nl>",
     "body": "Ik kom niet, en ik wil ook uit het netwerk. Tige tank foar alles.\n\nGerrit"},
    {"id": "h13-unsubscribe-14", "kind": "unsubscribe", "erase": False, "thread": None, "quote": "none",
     "subject": "Nieuwe directeur Gooistad", "sender": "Tessa Hoogland <t.hoogland@gooistad-wo.nl>",
     "body": "Beste secretariaat,\n\nNa een korte periode stop ik als directeur van Gooistad. Mijn opvolger is "
             "Erik Zandbergen (e.zandbergen@gooistad-wo.nl); hij neemt het lidmaatschap van mij over.\n\nTessa"},
    {"id": "h13-unsubscribe-15", "kind": "unsubscribe", "erase": False, "thread": None, "quote": "none",
     "subject": "afmelden netwerk", "sender": "Nadia Bouzid <n.bouzid@deltawerk.nl>",
     "body": "graag afmleden, te veel mail\n\nNadia" + OUTLOOK_IOS},
    {"id": "h13-unsubscribe-16", "kind": "unsubscribe", "erase": True, "thread": T, "quoted": "oproep_themas",
     "quote": "outlook-lijn", "sender": "Michiel Kraaijeveld <m.kraaijeveld@heuvelrug-oost.nl>",
     "body": "Goedemiddag,\n\nIk wil geen thema's aandragen en ook geen berichten meer ontvangen. Graag mijn naam "
             "en e-mailadres volledig wissen uit uw administratie.\n\nMichiel Kraaijeveld"},
    {"id": "h13-unsubscribe-17", "kind": "unsubscribe", "erase": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "sender": "Lotte Brinkhuis <l.brinkhuis@wo-alblasdam.nl>",
     "body": "Ik kom naar het atelier. Nee wacht, laat ook maar: ik ga per volgende maand weg bij Alblasdam en "
             "stop dus ook met het netwerk. Graag afmelden.\n\nLotte"},
    {"id": "h13-unsubscribe-18", "kind": "unsubscribe", "erase": False, "thread": None, "quote": "none",
     "subject": "Uitschrijven", "sender": "Roelof Doornbos <r.doornbos@westerkwartier-wo.nl>",
     "body": "Dag,\n\nIk verlaat de werkorganisatie per 1 juli. Wilt u mij uitschrijven?\n\nRoelof Doornbos"},
    {"id": "h13-unsubscribe-19", "kind": "unsubscribe", "erase": False, "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "outlook-nl", "sender": "Sjoerd Kuipers <s.kuipers@oostgroningen-wo.nl>",
     "body": "Bij nader inzien wil ik toch geen lid worden. Ik bevestig dus niet; meld mij maar "
             "af.\n\nSjoerd"},
    {"id": "h13-unsubscribe-20", "kind": "unsubscribe", "erase": False, "thread": None, "quote": "none",
     "subject": "Afmelding", "sender": "Anouk Verhagen <a.verhagen@werkorganisatie-hartvanbrabant.nl>",
     "body": "Beste secretariaat,\n\nIk ben benoemd tot gemeentesecretaris elders en verlaat Hart van Brabant. "
             "Wilt u mij daarom afmelden als lid van het netwerk?\n\nMet vriendelijke groet,\nAnouk Verhagen"},
    # -- AUTOREPLY ------------------------------------------------------------------------------------------
    {"id": "h13-autoreply-01", "kind": "autoreply", "thread": I, "quote": "none",
     "subject": "Automatisch antwoord: Uitnodiging Leer- en inspireer-atelier 11 maart 2027",
     "sender": "Evelien Boskamp <e.boskamp@wo-vierpolders.nl>", "headers": {"Auto-Submitted": "auto-replied"},
     "body": "Dank voor uw bericht. Ik ben in de week van 1 maart in verband met mijn inwerkprogramma beperkt "
             "bereikbaar. Voor dringende zaken kunt u contact opnemen met het directiesecretariaat, "
             "0320 - 28 44 10."},
    {"id": "h13-autoreply-02", "kind": "autoreply", "thread": T, "quote": "none",
     "subject": "Out of Office: Welke thema's wilt u bespreken?",
     "sender": "Bas Wijnberg <bas.wijnberg@lingewaalen.nl>", "headers": {"X-Auto-Response-Suppress": "All"},
     "body": "Thanks for your email. I'm out of office until March 15 with limited access to email. Voor urgente "
             "zaken: bel mijn office manager Femke, 06 - 28 11 93 04."},
    {"id": "h13-autoreply-03", "kind": "autoreply", "thread": R, "quote": "none",
     "subject": "Afwezig: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027",
     "sender": "H.J. Kamphuis <h.kamphuis@werkorganisatie-twentsevlakte.nl>", "headers": {"Precedence": "auto_reply"},
     "body": "Geachte afzender,\n\nTot en met 12 maart ben ik afwezig. Uw bericht wordt niet doorgestuurd. In "
             "dringende gevallen kunt u zich wenden tot de loco-directeur."},
    {"id": "h13-autoreply-04", "kind": "autoreply", "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "ongemarkeerd",
     "sender": "Marijke Tol <m.tol@dewoldenhof.nl>", "headers": {"Auto-Submitted": "auto-replied"},
     "body": "Fijn dat je mailt! Ik ben deze week op werkbezoek bij de drie gemeenten en lees mijn mail na "
             "vrijdag. Hartelijke groet, Marijke Tol"},
    {"id": "h13-autoreply-05", "kind": "autoreply", "thread": W, "quote": "none",
     "subject": "Automatisch antwoord: Welkom bij het Netwerk van directeuren van ambtelijke fusieorganisaties",
     "sender": "Ad Brouwer <a.brouwer@duinstreek.nl>", "headers": {"Auto-Submitted": "auto-replied"},
     "body": "Per 1 februari 2027 ben ik niet meer werkzaam bij de werkorganisatie Duinstreek. Deze mailbox wordt "
             "niet meer gelezen. Voor de directie kunt u mailen naar k.marsman@duinstreek.nl."},
    {"id": "h13-autoreply-06", "kind": "autoreply", "thread": I, "quote": "none",
     "subject": "Automatisch antwoord: Gewijzigd: Leer- en inspireer-atelier 11 maart 2027",
     "sender": "Fatima el Idrissi <f.elidrissi@wo-kempenrand.nl>",
     "headers": {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"},
     "body": "Ik ben met vakantie tot en met 22 maart. Uw mail wordt na mijn terugkomst behandeld. Voor spoed: "
             "secretariaat@wo-kempenrand.nl."},
    {"id": "h13-autoreply-07", "kind": "autoreply", "thread": C, "quote": "none",
     "subject": "Automatic reply: Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
     "sender": "Dennis Overbeek <d.overbeek@rivierenland-west.nl>", "headers": {"Auto-Submitted": "auto-replied"},
     "body": "I am currently attending a leadership programme and will respond to your message as soon as "
             "possible. Ik ben beperkt bereikbaar tot 8 april."},
    {"id": "h13-autoreply-08", "kind": "autoreply", "thread": T, "quote": "none",
     "subject": "Afwezigheidsbericht",
     "sender": "P. van Egmond <p.vanegmond@wo-hollandsmidden.nl>", "headers": {"Precedence": "bulk"},
     "body": "Dit is een automatisch bericht. Ondergetekende is afwezig van 14 t/m 25 maart. Berichten worden "
             "niet doorgestuurd. Voor spoedeisende zaken: 071 - 512 34 00."},
    {"id": "h13-autoreply-09", "kind": "autoreply", "thread": None, "quote": "none",
     "subject": "Automatisch antwoord: RE: Dank voor uw themasuggestie",
     "sender": "Ruben Aalders <r.aalders@veluwezoom-wo.nl>", "headers": {"Auto-Submitted": "auto-replied"},
     "body": "Hoi! Ik zit op de hei met mijn MT en ben maandag weer terug. Groet, Ruben"},
    {"id": "h13-autoreply-10", "kind": "autoreply", "thread": I, "quote": "none",
     "subject": "Automatisch antwoord: Uitnodiging Leer- en inspireer-atelier 11 maart 2027",
     "sender": "Gooistad Directie <directie@gooistad-wo.nl>", "headers": {"Auto-Submitted": "auto-replied"},
     "body": "Bedankt voor uw e-mail aan de directie van Gooistad. Wegens de wisseling van directeur kan de "
             "afhandeling van uw bericht enkele dagen langer duren. U ontvangt zo spoedig mogelijk een reactie."},
    {"id": "h13-autoreply-11", "kind": "autoreply", "thread": R, "quote": "none",
     "subject": "Afwezig", "sender": "Rianne Bosgra <r.bosgra@wo-hunzedal.nl>",
     "headers": {"Auto-Submitted": "auto-replied"},
     "body": "Lieve afzender, ik ben even weg (voorjaarsvakantie, oude gewoontes!). Vanaf 1 maart lees ik je "
             "bericht. Warme groet, Rianne"},
    {"id": "h13-autoreply-12", "kind": "autoreply", "thread": I, "quote": "none",
     "subject": "Automatisch antwoord: U staat op de wachtlijst voor het atelier van 11 maart 2027",
     "sender": "Thijs Ruitenberg <t.ruitenberg@woudenbergvallei.nl>", "headers": {"X-Autoreply": "yes"},
     "body": "Ik ben afwezig tot en met 10 maart. Mail voor de werkorganisatie Woudenberg Vallei kunt u sturen "
             "naar info@woudenbergvallei.nl."},
    {"id": "h13-autoreply-13", "kind": "autoreply", "thread": None, "quote": "none",
     "subject": "Ontvangstbevestiging", "sender": "Werkorganisatie Dommeldal <noreply@wo-dommeldal.nl>",
     "headers": {"Auto-Submitted": "auto-generated"},
     "body": "Wij hebben uw e-mail ontvangen. Binnen vijf werkdagen neemt een medewerker contact met u op. Dit "
             "bericht is automatisch verzonden; u kunt er niet op antwoorden."},
    # -- CONFIRM --------------------------------------------------------------------------------------------
    {"id": "h13-confirm-01", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding", "quote": "outlook-nl",
     "sender": "Evelien Boskamp <e.boskamp@wo-vierpolders.nl>", "body": ""},
    {"id": "h13-confirm-02", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding", "quote": "gmail",
     "sender": "Bas Wijnberg <bas.wijnberg@lingewaalen.nl>", "body": "Confirmed, thanks!\n\nBas"},
    {"id": "h13-confirm-03", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "outlook-lijn",
     "sender": "drs. H. Smeulders <h.smeulders@wo-dommeldal.nl>",
     "body": "Geacht secretariaat,\n\nHierbij bevestig ik gaarne mijn aanmelding.\n\nHoogachtend,\nH. Smeulders"},
    {"id": "h13-confirm-04", "kind": "confirm", "thread": C, "quoted": "herinnering_aanmelding", "quote": "apple",
     "sender": "Marijke Tol <m.tol@dewoldenhof.nl>",
     "body": "Oh, vergeten! Bij deze: ja, ik wil lid worden." + IPHONE},
    {"id": "h13-confirm-05", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding", "quote": "notes",
     "sender": "A. Mol <a.mol@wo-betuwepoort.nl>", "body": "Bevestigd.\n\nA. Mol"},
    {"id": "h13-confirm-06", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding", "quote": "outlook-en",
     "sender": "Nadia Bouzid <n.bouzid@deltawerk.nl>", "body": "ja klopt" + OUTLOOK_IOS},
    {"id": "h13-confirm-07", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding", "quote": "groupwise",
     "sender": "Koen Marsman <k.marsman@duinstreek.nl>",
     "body": "Sorry, vorige mail was leeg, verkeerde knop. Bij deze dus: ik bevestig mijn aanmelding.\n\nKoen"},
    {"id": "h13-confirm-08", "kind": "confirm", "thread": C, "quoted": "herinnering_aanmelding", "quote": "outlook-nl",
     "sender": "Lotte Brinkhuis <l.brinkhuis@wo-alblasdam.nl>",
     "body": "Excuus voor de late reactie, de eerste weken in een nieuwe baan zijn een wervelwind. Ik bevestig "
             "hierbij graag.\n\nLotte Brinkhuis"},
    {"id": "h13-confirm-09", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "doorgestuurd",
     "sender": "Paul Hendrikx <p.hendrikx@maasenpeel-wo.nl>", "body": "Klopt, dat ben ik. Graag lid.\n\nPaul"},
    {"id": "h13-confirm-10", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding", "quote": "notes-wrote",
     "sender": "P. van Egmond <p.vanegmond@wo-hollandsmidden.nl>",
     "body": "Aanmelding door betrokkene bevestigd d.d. heden.\n\nP. van Egmond"},
    {"id": "h13-confirm-11", "kind": "confirm", "thread": C, "sender": "Rianne Bosgra <r.bosgra@wo-hunzedal.nl>",
     "subject": "RE: Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
     "body": "> Wilt u uw aanmelding bevestigen? Beantwoord deze e-mail dan; u hoeft niets te typen.\n\n"
             "Ja hoor, heel graag!\n\nRianne"},
    {"id": "h13-confirm-12", "kind": "confirm", "thread": C, "quoted": "herinnering_aanmelding", "quote": "gmail",
     "sender": "Dennis Overbeek <d.overbeek@rivierenland-west.nl>",
     "body": "Yes, please keep me on board. Ik bevestig.\n\nDennis"},
]
# fmt: on
