"""The forty-first labelled set's cases (issue 17), written without reading the classifier or the other sets.

The cases follow one atelier cycle in order: the call for themes, the invitation, the reminder, the waiting-list
and change-of-date notices, the follow-up mail, with mail that is no act of the service (``other``) in between.
Replies to our follow-up mail (vervolg_atelier) and to our thank-you for a suggestion carry the thread
``call_for_themes``; replies to the waiting-list notice and the change of date carry ``invitation``. A director who
cannot come but sends a substitute is an RSVP with ``attending`` False; a changed answer is labelled with the
latest one. Coming or not in answer to the call for themes, without a topic, is an RSVP; a topic beside "I cannot
come myself" in answer to the call is a suggestion (the call asks for topics; no invitation has gone out yet).
Inline answers carry our quoted lines in ``body`` and no ``quoted``.
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
OUTLOOK_IOS = "\n\nDownload Outlook for iOS"
DISCLAIMER = (
    "\n\n---\nDe informatie in dit e-mailbericht is vertrouwelijk en uitsluitend bestemd voor de geadresseerde. "
    "Werkorganisatie Veenlanden aanvaardt geen aansprakelijkheid voor schade die voortvloeit uit het gebruik van "
    "dit bericht of de verzending ervan. Denk aan het milieu voordat u dit bericht print."
)
DISCLAIMER_EN = (
    "\n\nThis e-mail and any attachments are confidential and intended solely for the addressee. If you have "
    "received it in error, please notify the sender and delete it. Gemeente Scheldevliet, Postbus 40, 4480 AA."
)
TWENTS = "\n\nGroetn,\nHarm Nijhuis\ndirecteur Werkorganisatie Dinkelvenen\n053 - 480 22 10"
BRABANTS = "\n\nHoudoe,\nAd van Gils\nalgemeen directeur De Kempenwaard"

# fmt: off
CASES: list[dict[str, Any]] = [
    # == 1. The call for themes (January) ==========================================================================
    # -- topics -----------------------------------------------------------------------------------------------------
    {"id": "d41-suggestion-01", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-nl",
     "sender": "Inge Schuurman <i.schuurman@veenlanden.nl>",
     "body": "Beste Stan en Melanie,\n\nWat mij deze winter bezighoudt: we hebben drie jaar geleden de "
             "teams opgeknipt in domeinen en nu zitten de teamleiders klem tussen de domeinmanagers en de "
             "concerndirectie. Wie stuurt er eigenlijk? Ik zou graag horen hoe anderen hun sturingsconcept "
             "na een paar jaar hebben bijgesteld.\n\nHartelijke groet,\nInge Schuurman\ngemeentesecretaris/"
             "directeur Werkorganisatie Veenlanden" + DISCLAIMER},
    {"id": "d41-suggestion-02", "kind": "suggestion", "themes": ["samenwerking"], "thread": T,
     "quoted": "oproep_themas", "quote": "gmail",
     "sender": "h.nijhuis@dinkelvenen.nl",
     "body": "Moi,\n\nMien punt: de kleinste van onze drie gemeenten voelt zich ondergesneeuwd. Elke keer als "
             "het college daar iets wil dat de andere twee niet willen, krijgen wij als werkorganisatie de "
             "zwartepiet. Hoe gaan jullie om met ongelijke partners in één ambtelijke organisatie?" + TWENTS},
    {"id": "d41-suggestion-03", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-lijn",
     "sender": "Mirjam Oosterwijk <m.oosterwijk@kroonwaard.nl>",
     "body": "Dag secretariaat,\n\nOnderwerp voor maart:\nWachttijden bij de Wmo-toegang en hoe je dat "
             "meetbaar maakt voor inwoners (dashboard? klanttevredenheid per kwartaal?)\n\nMvg Mirjam"},
    {"id": "d41-suggestion-04", "kind": "suggestion", "themes": ["strategie", "organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "apple",
     "sender": "Joost Verhagen <joost.verhagen@hoornveld.nl>",
     "body": "Twee dingen, één per regel zoals gevraagd:\n\nwaar staan we als werkorganisatie over tien jaar, "
             "en wie schrijft dat verhaal: de directie of de colleges?\nde begroting sluit niet meer zonder "
             "te snijden in de formatie - hoe doen anderen dat zonder de boel kapot te maken\n\nJoost"
             + IPHONE},
    {"id": "d41-suggestion-05", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-en",
     "sender": "Rachid el Idrissi <r.elidrissi@scheldevliet.nl>",
     "body": "Hi both,\n\nOne topic from my side: our IT landscape is still split in two after the merger (two "
             "zaaksystemen, two ERP's). We are about to choose. Would love to hear who went through this and "
             "what they would do differently.\n\nBest,\nRachid\nDirector, Werkorganisatie Scheldevliet"
             + DISCLAIMER_EN},
    {"id": "d41-suggestion-06", "kind": "suggestion", "themes": ["samenwerking", "strategie"], "thread": T,
     "quoted": "oproep_themas", "quote": "notes",
     "sender": "Wilma Bosscher <w.bosscher@lingehoeve.nl>",
     "body": "Geacht secretariaat,\n\nIn antwoord op uw oproep draag ik de volgende onderwerpen aan:\n\n"
             "1. De positie van de werkorganisatie in de regiodeal die de provincie nu opzet: schuiven wij "
             "als één partij aan, of ieder dorp voor zich?\n2. Het ontbreken van een gedeelde stip op de "
             "horizon: de drie coalitieakkoorden wijzen verschillende kanten op.\n\nHoogachtend,\n\n"
             "mw. drs. W.J. Bosscher\nalgemeen directeur Lingehoeve"},
    {"id": "d41-suggestion-07", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "groupwise",
     "sender": "Peter Kamphuis <p.kamphuis@drechtmeer.nl>",
     "body": "Hallo,\n\nwij krijgen geen vacatures meer vervuld in het sociaal domein en bij vergunningen. "
             "Inhuur loopt de spuigaten uit. Graag een keer delen hoe anderen dat aanpakken (eigen "
             "traineepool, samen met de buren werven?)\n\ngroet Peter"},
    {"id": "d41-suggestion-08", "kind": "suggestion", "themes": ["dienstverlening", "organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-nl",
     "sender": "Femke Dijkhuizen <f.dijkhuizen@wieringsluis.nl>",
     "body": "Beste allen,\n\nMijn voorstel: de inzet van AI-chatbots en taalmodellen bij het klantcontact. Wat "
             "mag wel, wat mag niet, en hoe richt je de backoffice erop in zodat het antwoord ook klopt?\n\n"
             "Met vriendelijke groet,\n\nFemke Dijkhuizen\nDirecteur bedrijfsvoering en dienstverlening\n"
             "Werkorganisatie Wieringsluis | T 0227 - 55 10 30"},
    {"id": "d41-suggestion-09", "kind": "suggestion", "themes": ["samenwerking"], "thread": T,
     "quoted": "oproep_themas", "quote": "ongemarkeerd",
     "sender": "Bert Lommerse <b.lommerse@lommerdaal.nl>",
     "body": "onderwerp: de afspraken met de deelnemende gemeenten opnieuw maken - hoe voorkom je dat elke "
             "gemeente eigen maatwerk wil en hoe houd je de onderlinge verhoudingen goed\n\nbert"},
    {"id": "d41-suggestion-10", "kind": "suggestion", "themes": ["strategie"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-lijn",
     "sender": "Carolien Westerbeek <c.westerbeek@zuidervenen.nl>",
     "body": "Goedemorgen Melanie,\n\nIk zou het graag hebben over bestuurlijke prioriteiten stellen in een "
             "verkiezingsjaar. In maart 2026 kregen we drie nieuwe colleges met elk een eigen lijstje. Hoe "
             "kom je dan tot één inhoudelijke agenda voor de organisatie?\n\nGroet,\nCarolien"
             + OUTLOOK_IOS},
    {"id": "d41-suggestion-11", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "gmail",
     "sender": "Ad van Gils <a.vangils@kempenwaard.nl>",
     "body": "Mijn onderwerp ligt in de financiën: de verdeelsleutel. We verdelen de kosten nog steeds op "
             "inwonertal en dat knelt, want de ene gemeente vraagt veel meer capaciteit dan de andere. Wie "
             "heeft er een werkend alternatief (bijvoorbeeld naar afname)?" + BRABANTS},
    {"id": "d41-suggestion-12", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T,
     "quoted": "oproep_themas", "quote": "doorgestuurd",
     "sender": "Hans Mulderij <h.mulderij@vlietvenen.nl>",
     "body": "Anja, stuur jij dit even terug naar het netwerk? Onderwerp van mij: ondernemersloket. Wij willen "
             "één aanspreekpunt voor bedrijven in alle drie de gemeenten en meten hoe snel we reageren.\n\n"
             "Hans"},
    {"id": "d41-suggestion-13", "kind": "suggestion", "themes": ["samenwerking", "organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "notes-wrote",
     "sender": "Gert-Jan Harmsen <gj.harmsen@hoeksland.nl>",
     "body": "Secretariaat,\n\n- gezamenlijke inkoop met de buurfusie (twee werkorganisaties die samen "
             "aanbesteden: kan dat, wil je dat?)\n- de vraag of we onze ICT niet bij één regionale "
             "uitvoeringsorganisatie moeten onderbrengen\n\nmvg,\nG.J. Harmsen"},
    {"id": "d41-suggestion-14", "kind": "suggestion", "themes": ["strategie"], "thread": T,
     "quoted": "oproep_themas", "quote": "apple",
     "sender": "Ellen Roodbeen <ellen@roodbeen-wieringsluis.nl>",
     "body": "Zou een goed gesprek vinden: is een ambtelijke fusie een eindstation of een tussenstation? "
             "Bij ons begint een raad weer over herindeling en ik wil weten hoe collega's daar als directie "
             "in staan, voor de langere termijn.\n\nEllen" + IPHONE},
    # -- a topic beside "I cannot come myself" --------------------------------------------------------------------
    {"id": "d41-suggestion-15", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-nl",
     "sender": "Theo Brinkhuis <t.brinkhuis@drechtmeer.nl>",
     "body": "Beste Stan,\n\nOp 11 maart zit ik zelf in Brussel, dus ik zal er niet bij zijn. Toch een "
             "onderwerp: de doorontwikkeling van ons informatiebeheer en archief nu alles digitaal moet "
             "(Woo, Archiefwet). Misschien is het voor een collega van mij interessant.\n\nGroet, Theo"},
    {"id": "d41-suggestion-16", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-en",
     "sender": "Anouk Ververs <a.ververs@lingehoeve.nl>",
     "body": "Ik weet nog niet of mijn agenda het toelaat, dat hoort u bij de uitnodiging. Wel een "
             "suggestie: hoe houden we de fysieke balie open in de kleine kernen zonder dat het onbetaalbaar "
             "wordt? Inwoners in de dorpen willen gewoon een loket.\n\nAnouk Ververs"},
    # -- "I'll come anyway", no topic ------------------------------------------------------------------------------
    {"id": "d41-rsvp-01", "kind": "rsvp", "attending": True, "thread": T,
     "quoted": "oproep_themas", "quote": "gmail",
     "sender": "Mirella Pastoors <m.pastoors@maasenbroek.nl>",
     "body": "Geen specifieke wensen qua onderwerp, ik laat me graag verrassen. 11 maart heb ik al geblokt, "
             "ik kom hoe dan ook.\n\nGroetjes, Mirella"},
    {"id": "d41-rsvp-02", "kind": "rsvp", "attending": False, "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-lijn",
     "sender": "Bas Terlingen <b.terlingen@hoornveld.nl>",
     "body": "Hoi, ik heb geen thema en ik moet voor 11 maart al passen, dan is onze raadsconferentie. "
             "Volgende keer beter.\n\nBas"},
    # -- no topic, nothing to do -------------------------------------------------------------------------------------
    {"id": "d41-other-01", "kind": "other", "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-nl",
     "sender": "Koen Sleegers <k.sleegers@kempenwaard.nl>",
     "body": "Beste Melanie,\n\nIk moet je het antwoord even schuldig blijven: ik heb er met mijn MT over "
             "gesproken maar we kwamen niet verder dan 'alles'. Ik denk nog even na.\n\nKoen"},
    {"id": "d41-other-02", "kind": "other", "thread": T,
     "quoted": "oproep_themas", "quote": "groupwise",
     "sender": "Roelof Smeenge <r.smeenge@dinkelvenen.nl>",
     "body": "Onder welk thema valt eigenlijk iets als de samenwerking met de veiligheidsregio? Dat is toch "
             "geen gemeente. Ik wil het goed indienen.\n\nRoelof"},
    {"id": "d41-other-03", "kind": "other", "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-nl",
     "sender": "Martijn Hekkelman <info@hekkelman-advies.nl>",
     "body": "Geachte heer Van de Laar,\n\nVia een relatie ontving ik uw oproep. Ons bureau begeleidt al "
             "tien jaar ambtelijke fusies bij hun organisatieontwikkeling. Graag verzorg ik in maart een "
             "korte inleiding over sturingsmodellen; de kosten kunnen we in overleg bepalen.\n\nMet "
             "vriendelijke groet,\nMartijn Hekkelman\nHekkelman Advies & Verandering\n06 41 77 20 93"},
    # == 2. The thank-you for a suggestion: something added ========================================================
    {"id": "d41-suggestion-17", "kind": "suggestion", "themes": ["samenwerking"], "thread": T,
     "quoted": "bedankt_suggestie", "quote": "outlook-nl",
     "sender": "Inge Schuurman <i.schuurman@veenlanden.nl>",
     "body": "Dank voor het noteren! Nog één ding erbij, nu ik er een nacht over geslapen heb: de rol van de "
             "griffies. Drie raden, drie griffiers, en wij ertussenin.\n\nInge"},
    {"id": "d41-other-04", "kind": "other", "thread": T,
     "quoted": "bedankt_suggestie", "quote": "apple",
     "sender": "Joost Verhagen <joost.verhagen@hoornveld.nl>",
     "body": "Kleine correctie: jullie hebben mijn tweede punt onder Samenwerking gezet maar het ging mij om de "
             "formatie, niet om de gemeenten. Willen jullie dat aanpassen?\n\nJoost" + IPHONE},
    # == 3. The invitation (February) =============================================================================
    # -- yes ---------------------------------------------------------------------------------------------------------
    {"id": "d41-rsvp-03", "kind": "rsvp", "attending": True, "thread": I,
     "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
     "sender": "Ad van Gils <a.vangils@kempenwaard.nl>",
     "body": "Ik ben van de partij!" + BRABANTS},
    {"id": "d41-rsvp-04", "kind": "rsvp", "attending": True, "thread": I,
     "quoted": "uitnodiging_atelier", "quote": "gmail",
     "sender": "Mirjam Oosterwijk <m.oosterwijk@kroonwaard.nl>",
     "body": "Doe mij maar een plekje :-)\n\nMirjam"},
    {"id": "d41-rsvp-05", "kind": "rsvp", "attending": True, "thread": I,
     "quoted": "uitnodiging_atelier", "quote": "apple",
     "sender": "Harm Nijhuis <h.nijhuis@dinkelvenen.nl>",
     "body": "Daor bin ik bie. Ik neem onze concerncontroller Gerda Velthuis mee, dus twee personen." + TWENTS},
    {"id": "d41-rsvp-06", "kind": "rsvp", "attending": True, "thread": I,
     "quoted": "uitnodiging_atelier", "quote": "outlook-lijn",
     "sender": "Wilma Bosscher <w.bosscher@lingehoeve.nl>",
     "body": "Geacht secretariaat,\n\nHierbij deel ik u mee dat ik aan het atelier van donderdag 11 maart "
             "aanstaande zal deelnemen. Ik verzoek u mij in te schrijven.\n\nHoogachtend,\n\nmw. drs. W.J. "
             "Bosscher"},
    {"id": "d41-rsvp-07", "kind": "rsvp", "attending": True, "thread": I,
     "quoted": "uitnodiging_atelier", "quote": "outlook-en",
     "sender": "Rachid el Idrissi <r.elidrissi@scheldevliet.nl>",
     "body": "Count me in. I'll join in person, not via Teams.\n\nRachid" + DISCLAIMER_EN},
    {"id": "d41-rsvp-08", "kind": "rsvp", "attending": True, "thread": I,
     "quoted": "uitnodiging_atelier", "quote": "notes",
     "sender": "Gert-Jan Harmsen <gj.harmsen@hoeksland.nl>",
     "body": "Genoteerd in de agenda, ik schuif aan.\n\nG.J. Harmsen"},
    {"id": "d41-rsvp-09", "kind": "rsvp", "attending": True, "thread": I,
     "quoted": "uitnodiging_atelier", "quote": "groupwise",
     "sender": "Peter Kamphuis <p.kamphuis@drechtmeer.nl>",
     "body": "Die laat ik me niet ontgaan. Ik ben er, al wordt het wel een uur of half drie: tot twee uur "
             "heb ik nog een regio-overleg in Gorinchem.\n\nPeter"},
    {"id": "d41-rsvp-10", "kind": "rsvp", "attending": True, "thread": I,
     "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
     "sender": "Secretariaat directie Zuidervenen <directiesecretariaat@zuidervenen.nl>",
     "body": "Goedemiddag,\n\nNamens mevrouw Westerbeek laat ik u weten dat zij graag aanwezig is bij het "
             "atelier. Ik heb het in haar agenda gezet. Zij komt alleen.\n\nMet vriendelijke groet,\n\nPetra "
             "Huisman\nmanagementassistent directie\nWerkorganisatie Zuidervenen"},
    {"id": "d41-rsvp-11", "kind": "rsvp", "attending": True, "thread": I,
     "quoted": "uitnodiging_atelier", "quote": "ongemarkeerd",
     "sender": "bert lommerse <b.lommerse@lommerdaal.nl>",
     "body": "jep, kom ik naartoe"},
    {"id": "d41-rsvp-12", "kind": "rsvp", "attending": True, "thread": I,
     "body": "> Komt u? Beantwoord deze e-mail met \"ja, ik kom\" of \"nee, helaas\".\n\nJa, ik kom. Met mijn "
             "plaatsvervanger erbij, dus 2 personen.\n\n> Neemt u iemand mee, vermeld dan met hoeveel "
             "personen u komt.\n\nZie boven.\n\nGroet,\nFemke Dijkhuizen",
     "subject": "RE: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid "
                "[atelier:2027-1]",
     "sender": "Femke Dijkhuizen <f.dijkhuizen@wieringsluis.nl>"},
    {"id": "d41-rsvp-13", "kind": "rsvp", "attending": True, "thread": I,
     "quoted": "uitnodiging_atelier", "quote": "gmail",
     "sender": "Ellen Roodbeen <ellen@roodbeen-wieringsluis.nl>",
     "body": "Leuk onderwerp, daar wil ik graag bij zijn. Ik kom online, als dat ook meetelt.\n\nEllen"
             + SAMSUNG},
    {"id": "d41-rsvp-14", "kind": "rsvp", "attending": True, "thread": I,
     "quoted": "uitnodiging_atelier", "quote": "doorgestuurd",
     "sender": "Hans Mulderij <h.mulderij@vlietvenen.nl>",
     "body": "Anja, prima, meld mij maar aan. En zet de trein erbij in de agenda, ik ga niet met de auto "
             "naar Utrecht.\n\nHans"},
    {"id": "d41-rsvp-15", "kind": "rsvp", "attending": True, "thread": None,
     "subject": "Aanmelding atelier 11 maart",
     "sender": "Jolanda Brekelmans <j.brekelmans@maasenbroek.nl>",
     "body": "Beste secretariaat,\n\nVan mijn collega Mirella hoorde ik over het atelier van 11 maart in "
             "Utrecht. Ik ben zelf al lid van het netwerk, maar de uitnodiging is bij mij in de spam beland "
             "denk ik. Graag wil ik me hierbij aanmelden voor die middag.\n\nMet vriendelijke groet,\n"
             "Jolanda Brekelmans\ndirecteur Maas en Broek"},
    {"id": "d41-rsvp-16", "kind": "rsvp", "attending": True, "thread": I,
     "quoted": "uitnodiging_atelier", "quote": "notes-wrote",
     "sender": "Sjoerd Wiersma <s.wiersma@feanwalden-oost.nl>",
     "body": "Dêr kom ik graach. Ik bin der by.\n\nMei freonlike groetnis,\nSjoerd Wiersma\ndirekteur "
             "Wurkorganisaasje Feanwâlden-East"},
    {"id": "d41-rsvp-17", "kind": "rsvp", "attending": True, "thread": I,
     "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
     "sender": "Koen Sleegers <k.sleegers@kempenwaard.nl>",
     "body": "Hoi Stan,\n\nReserveer maar een stoel voor me. Ik neem de vraag over de couleur locale mee, die "
             "speelt hier enorm.\n\nKoen"},
    # -- no ----------------------------------------------------------------------------------------------------------
    {"id": "d41-rsvp-18", "kind": "rsvp", "attending": False, "thread": I,
     "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
     "sender": "Roelof Smeenge <r.smeenge@dinkelvenen.nl>",
     "body": "Beste Melanie,\n\nDeze laat ik aan mij voorbijgaan, de begroting 2028 slokt die week alles op. "
             "Veel plezier!\n\nRoelof"},
    {"id": "d41-rsvp-19", "kind": "rsvp", "attending": False, "thread": I,
     "quoted": "uitnodiging_atelier", "quote": "apple",
     "sender": "Bas Terlingen <b.terlingen@hoornveld.nl>",
     "body": "Zet maar een streep door mijn naam voor de 11e. Raadsconferentie.\n\nBas" + IPHONE},
    {"id": "d41-rsvp-20", "kind": "rsvp", "attending": False, "thread": I,
     "quoted": "uitnodiging_atelier", "quote": "outlook-en",
     "sender": "Laura Whitfield-de Boer <l.whitfield@scheldevliet.nl>",
     "body": "Dear colleagues,\n\nI'm afraid I have to give this one a miss; I'll be on leave that week. "
             "Hope to make the autumn session.\n\nKind regards,\nLaura Whitfield-de Boer\nDeputy director, "
             "Gemeente Scheldevliet" + DISCLAIMER_EN},
    {"id": "d41-rsvp-21", "kind": "rsvp", "attending": False, "thread": I,
     "quoted": "uitnodiging_atelier", "quote": "groupwise",
     "sender": "Theo Brinkhuis <t.brinkhuis@drechtmeer.nl>",
     "body": "Zoals ik al bij de oproep schreef: ik zit dan in Brussel. Dus nee, ik ben er niet bij.\n\nTheo"},
    {"id": "d41-rsvp-22", "kind": "rsvp", "attending": False, "thread": I,
     "quoted": "uitnodiging_atelier", "quote": "gmail",
     "sender": "Tineke Hooghiemstra <t.hooghiemstra@wieringsluis.nl>",
     "body": "Spijt me zeer, maar het past niet. Op donderdagmiddag heb ik vast bestuurlijk overleg met de "
             "drie burgemeesters en dat verzet ik niet.\n\nTineke" + SAMSUNG},
    {"id": "d41-rsvp-23", "kind": "rsvp", "attending": False, "thread": I,
     "quoted": "uitnodiging_atelier", "quote": "outlook-lijn",
     "sender": "Secretariaat Directie Veenlanden <directiesecretariaat@veenlanden.nl>",
     "body": "Geachte heer, mevrouw,\n\nMevrouw Schuurman is op 11 maart helaas verhinderd. Zij heeft mij "
             "gevraagd u dit te laten weten en wenst u een inspirerende middag.\n\nMet vriendelijke groet,\n\n"
             "Ria Hofstede\nbestuurssecretaresse" + DISCLAIMER},
    {"id": "d41-rsvp-24", "kind": "rsvp", "attending": False, "thread": I,
     "quoted": "uitnodiging_atelier", "quote": "notes",
     "sender": "Gerrit Schippers <g.schippers@lommerdaal.nl>",
     "body": "Helaas pindakaas, die dag zit ik op de hei met het nieuwe college.\n\nGerrit"},
    {"id": "d41-rsvp-25", "kind": "rsvp", "attending": False, "thread": I,
     "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
     "sender": "Hanneke Vrielink <h.vrielink@dinkelvenen.nl>",
     "body": "Dag Stan,\n\nIk ben die dag verhinderd, maar ik stuur onze manager bedrijfsvoering, Jeroen "
             "Lansink (j.lansink@dinkelvenen.nl). Hij heeft het thema in zijn portefeuille.\n\nHartelijke "
             "groet,\nHanneke"},
    {"id": "d41-rsvp-26", "kind": "rsvp", "attending": False, "thread": I,
     "quoted": "uitnodiging_atelier", "quote": "ongemarkeerd",
     "sender": "Frits Ooms <f.ooms@hoeksland.nl>",
     "body": "Niet voor mij deze keer. Vakantie in de krokusweek loopt bij ons uit tot en met 12 maart."},
    {"id": "d41-rsvp-27", "kind": "rsvp", "attending": False, "thread": None,
     "subject": "11 maart - verhinderd",
     "sender": "Wilco van Duijn <w.vanduijn@vlietvenen.nl>",
     "body": "Beste mensen,\n\nIk kon de uitnodiging niet meer terugvinden, vandaar een los mailtje: voor het "
             "atelier van donderdag 11 maart ben ik verhinderd.\n\nGroeten,\nWilco van Duijn\nWerkorganisatie "
             "Vlietvenen"},
    # -- other under the invitation ------------------------------------------------------------------------------
    {"id": "d41-other-05", "kind": "other", "thread": I,
     "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
     "sender": "Jolien Akkerman <j.akkerman@kroonwaard.nl>",
     "body": "Beste secretariaat,\n\nWilt u deze uitnodiging ook doorsturen naar mijn collega Marco Veldhoen "
             "(m.veldhoen@kroonwaard.nl)? Hij is per 1 februari adjunct-directeur en het onderwerp is voor "
             "hem zeer relevant.\n\nMet vriendelijke groet,\nJolien Akkerman"},
    {"id": "d41-other-06", "kind": "other", "thread": I,
     "quoted": "uitnodiging_atelier", "quote": "gmail",
     "sender": "Anouk Ververs <a.ververs@lingehoeve.nl>",
     "body": "Is er parkeergelegenheid bij het Stadskantoor of kan ik beter met de trein? Ik kom uit de "
             "Betuwe.\n\nAnouk"},
    {"id": "d41-other-07", "kind": "other", "thread": I,
     "quoted": "uitnodiging_atelier", "quote": "outlook-lijn",
     "sender": "Frank Rutgers <f.rutgers@zuidervenen.nl>",
     "body": "Goedemiddag,\n\nMag ik ook met een wethouder komen? Onze portefeuillehouder bedrijfsvoering "
             "is erg benieuwd. Of is het atelier echt alleen voor directeuren?\n\nFrank Rutgers"},
    {"id": "d41-other-08", "kind": "other", "thread": I,
     "quoted": "uitnodiging_atelier", "quote": "apple",
     "sender": "Mirella Pastoors <m.pastoors@maasenbroek.nl>",
     "body": "De agenda-bijlage opent bij mij niet in Google Agenda, krijg een foutmelding. Kunnen jullie "
             "hem nog een keer sturen als .ics?\n\nMirella"},
    {"id": "d41-other-09", "kind": "other", "thread": I,
     "quoted": "uitnodiging_atelier", "quote": "outlook-en",
     "sender": "Rachid el Idrissi <r.elidrissi@scheldevliet.nl>",
     "body": "Quick question: will the session be in Dutch only? I'm bringing nobody, just checking for a "
             "colleague from Antwerp who might be interested.\n\nRachid"},
    # == 4. The waiting list (late February) ======================================================================
    {"id": "d41-rsvp-28", "kind": "rsvp", "attending": False, "thread": I,
     "quoted": "bevestiging_rsvp", "quote": "outlook-nl",
     "sender": "Joost Verhagen <joost.verhagen@hoornveld.nl>",
     "body": "Laat maar zitten, haal me maar van de wachtlijst. Er is inmiddels iets anders in de agenda "
             "gekomen.\n\nJoost"},
    {"id": "d41-rsvp-29", "kind": "rsvp", "attending": True, "thread": I,
     "quoted": "bevestiging_rsvp", "quote": "gmail",
     "sender": "Tanja Meulenbelt <t.meulenbelt@feanwalden-oost.nl>",
     "body": "Ik kom ook als ik op de wachtlijst blijf - dan doe ik online mee via Teams. Dus reken op me, op "
             "welke manier dan ook.\n\nTanja"},
    {"id": "d41-other-10", "kind": "other", "thread": I,
     "quoted": "bevestiging_rsvp", "quote": "outlook-lijn",
     "sender": "Gerda Velthuis <g.velthuis@dinkelvenen.nl>",
     "body": "Hoe groot is de kans dat plaats 2 nog iets wordt? Ik moet een andere afspraak wel of niet "
             "verzetten en wil dat graag voor vrijdag weten.\n\nGerda Velthuis"},
    {"id": "d41-rsvp-30", "kind": "rsvp", "attending": False, "thread": I,
     "quoted": "bevestiging_rsvp", "quote": "notes-wrote",
     "sender": "Dirk-Jan Stoutjesdijk <dj.stoutjesdijk@drechtmeer.nl>",
     "body": "Geef mijn plek op de wachtlijst maar aan een ander. Ik red het toch niet.\n\nDJ"},
    {"id": "d41-other-11", "kind": "other", "thread": I,
     "quoted": "bevestiging_rsvp", "quote": "outlook-nl",
     "sender": "Jolanda Brekelmans <j.brekelmans@maasenbroek.nl>",
     "body": "Beste secretariaat,\n\nJammer dat het vol is. Dertig plaatsen voor een netwerk van dit formaat "
             "vind ik eerlijk gezegd krap; is een grotere zaal geen optie voor de volgende keer?\n\nMet "
             "vriendelijke groet,\nJolanda Brekelmans"},
    # == 5. The change of date (early March) ========================================================================
    {"id": "d41-rsvp-31", "kind": "rsvp", "attending": False, "thread": I,
     "quoted": "wijziging_atelier", "quote": "outlook-nl",
     "sender": "Mirjam Oosterwijk <m.oosterwijk@kroonwaard.nl>",
     "body": "Ai, de 18e kan ik niet. Dan moet ik helaas forfait geven.\n\nMirjam"},
    {"id": "d41-rsvp-32", "kind": "rsvp", "attending": True, "thread": I,
     "quoted": "wijziging_atelier", "quote": "apple",
     "sender": "Peter Kamphuis <p.kamphuis@drechtmeer.nl>",
     "body": "18 maart komt me zelfs beter uit, dan ben ik gewoon om twee uur binnen. Tot dan.\n\nPeter"
             + IPHONE},
    {"id": "d41-rsvp-33", "kind": "rsvp", "attending": True, "thread": I,
     "quoted": "wijziging_atelier", "quote": "groupwise",
     "sender": "Roelof Smeenge <r.smeenge@dinkelvenen.nl>",
     "body": "Met de nieuwe datum kan ik ineens wel! Zet me er alsnog bij graag.\n\nRoelof"},
    {"id": "d41-rsvp-34", "kind": "rsvp", "attending": False, "thread": I,
     "quoted": "wijziging_atelier", "quote": "outlook-en",
     "sender": "Harm Nijhuis <h.nijhuis@dinkelvenen.nl>",
     "body": "Door de verschuiving valt het samen met de ALV van de VNG-afdeling. Ik moet er dus vanaf, en "
             "Gerda komt dan ook niet.\n\nHarm"},
    {"id": "d41-other-12", "kind": "other", "thread": I,
     "quoted": "wijziging_atelier", "quote": "outlook-lijn",
     "sender": "Wilma Bosscher <w.bosscher@lingehoeve.nl>",
     "body": "Geacht secretariaat,\n\nHet Provinciehuis is voor mij veel lastiger te bereiken dan het "
             "Stadskantoor naast het station. Ik vind het jammer dat de locatie zo kort van tevoren wordt "
             "gewijzigd zonder toelichting. Kunt u aangeven wat de reden is?\n\nHoogachtend,\nW.J. Bosscher"},
    {"id": "d41-rsvp-35", "kind": "rsvp", "attending": True, "thread": I,
     "quoted": "wijziging_atelier", "quote": "notes",
     "sender": "Ad van Gils <a.vangils@kempenwaard.nl>",
     "body": "Aangepast in mijn agenda, ik blijf gewoon komen." + BRABANTS},
    # == 6. The reminder (a week before) =============================================================================
    {"id": "d41-rsvp-36", "kind": "rsvp", "attending": False, "thread": R,
     "quoted": "herinnering_atelier", "quote": "outlook-nl",
     "sender": "Koen Sleegers <k.sleegers@kempenwaard.nl>",
     "body": "Stan,\n\nIk moet helaas forfait geven: griep, en de dokter zegt een week plat.\n\nKoen"},
    {"id": "d41-rsvp-37", "kind": "rsvp", "attending": True, "thread": R,
     "quoted": "herinnering_atelier", "quote": "gmail",
     "sender": "Femke Dijkhuizen <f.dijkhuizen@wieringsluis.nl>",
     "body": "Dank voor de herinnering, staat genoteerd en ik ben er. Mijn gast heeft wel afgezegd, dus ik "
             "kom alleen.\n\nFemke"},
    {"id": "d41-rsvp-38", "kind": "rsvp", "attending": False, "thread": R,
     "quoted": "herinnering_atelier", "quote": "outlook-lijn",
     "sender": "Secretariaat directie Zuidervenen <directiesecretariaat@zuidervenen.nl>",
     "body": "Goedemorgen,\n\nMevrouw Westerbeek moet haar deelname aan het atelier helaas intrekken; er is "
             "een crisisoverleg ingepland waarbij zij niet gemist kan worden.\n\nMet vriendelijke groet,\n"
             "Petra Huisman\nmanagementassistent directie"},
    {"id": "d41-rsvp-39", "kind": "rsvp", "attending": False, "thread": R,
     "quoted": "herinnering_atelier", "quote": "notes-wrote",
     "sender": "Gert-Jan Harmsen <gj.harmsen@hoeksland.nl>",
     "body": "Ik kan er helaas niet bij zijn. In mijn plaats komt Saskia Veltkamp, onze directeur sociaal "
             "domein, s.veltkamp@hoeksland.nl.\n\nmvg,\nG.J. Harmsen"},
    {"id": "d41-rsvp-40", "kind": "rsvp", "attending": True, "thread": R,
     "quoted": "herinnering_atelier", "quote": "apple",
     "sender": "Ellen Roodbeen <ellen@roodbeen-wieringsluis.nl>",
     "body": "Ik had eerst online gezegd, maar ik kom nu toch fysiek. Tot donderdag!\n\nEllen" + IPHONE},
    {"id": "d41-rsvp-41", "kind": "rsvp", "attending": False, "thread": R,
     "quoted": "herinnering_atelier", "quote": "outlook-en",
     "sender": "Rachid el Idrissi <r.elidrissi@scheldevliet.nl>",
     "body": "Sorry, have to pull out. Council called an extra session on the budget. Please give my seat to "
             "someone on the waiting list.\n\nRachid"},
    {"id": "d41-rsvp-42", "kind": "rsvp", "attending": True, "thread": R,
     "quoted": "herinnering_atelier", "quote": "ongemarkeerd",
     "sender": "Bert Lommerse <b.lommerse@lommerdaal.nl>",
     "body": "komt goed, ik ben der"},
    {"id": "d41-rsvp-43", "kind": "rsvp", "attending": False, "thread": R,
     "quoted": "herinnering_atelier", "quote": "doorgestuurd",
     "sender": "Hans Mulderij <h.mulderij@vlietvenen.nl>",
     "body": "Anja, wil je me toch afmelden voor donderdag? Die aanbesteding loopt uit en ik moet erbij zijn. "
             "Balen.\n\nHans"},
    {"id": "d41-rsvp-44", "kind": "rsvp", "attending": True, "thread": R,
     "body": "> Kunt u onverhoopt toch niet? Beantwoord deze e-mail dan met \"helaas, ik kan niet\"; dan geven "
             "wij uw plaats aan\n> iemand op de wachtlijst.\n\nIk kan wel, hoor. Alleen de borrel sla ik "
             "over.\n\nWilma Bosscher",
     "subject": "RE: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]",
     "sender": "Wilma Bosscher <w.bosscher@lingehoeve.nl>"},
    {"id": "d41-other-13", "kind": "other", "thread": R,
     "quoted": "herinnering_atelier", "quote": "outlook-nl",
     "sender": "Tineke Hooghiemstra <t.hooghiemstra@wieringsluis.nl>",
     "body": "Kan ik de Teams-link ook doorgeven aan twee teamleiders die willen meekijken? Of is het alleen "
             "voor aangemelde deelnemers?\n\nTineke"},
    {"id": "d41-other-14", "kind": "other", "thread": R,
     "quoted": "herinnering_atelier", "quote": "gmail",
     "sender": "Sjoerd Wiersma <s.wiersma@feanwalden-oost.nl>",
     "body": "Is der ek in miel? Ik kom streekrjocht út Ljouwert en ha gjin tiid om earst te iten. (Sorry, "
             "in het Nederlands: is er ook iets te eten?)\n\nSjoerd"},
    # == 7. The follow-up mail (the week after) ======================================================================
    # -- new topics ------------------------------------------------------------------------------------------------
    {"id": "d41-suggestion-18", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "vervolg_atelier", "quote": "outlook-nl",
     "sender": "Peter Kamphuis <p.kamphuis@drechtmeer.nl>",
     "body": "Beste Stan en Melanie,\n\nDank voor de goede middag. Voor de volgende keer: wat we aan tafel "
             "hadden over de P&C-cyclus verdient een eigen sessie. Drie begrotingen, drie jaarrekeningen, "
             "drie accountantscontroles: kan dat niet slimmer?\n\nGroet, Peter"},
    {"id": "d41-suggestion-19", "kind": "suggestion", "themes": ["samenwerking"], "thread": T,
     "quoted": "vervolg_atelier", "quote": "apple",
     "sender": "Femke Dijkhuizen <f.dijkhuizen@wieringsluis.nl>",
     "body": "Volgende keer graag verder op wat Koen inbracht: hoe je als werkorganisatie de regionale "
             "woningbouwopgave trekt als de gemeenten elkaar daarin beconcurreren.\n\nFemke" + IPHONE},
    {"id": "d41-suggestion-20", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T,
     "quoted": "vervolg_atelier", "quote": "outlook-en",
     "sender": "Laura Whitfield-de Boer <l.whitfield@scheldevliet.nl>",
     "body": "Hi, I missed this one, but for the next atelier I'd like to suggest: measuring citizen "
             "satisfaction across the municipalities and publishing it openly. What KPIs do others use?\n\n"
             "Laura"},
    {"id": "d41-suggestion-21", "kind": "suggestion", "themes": ["strategie", "samenwerking"], "thread": T,
     "quoted": "vervolg_atelier", "quote": "groupwise",
     "sender": "Wilco van Duijn <w.vanduijn@vlietvenen.nl>",
     "body": "Ik was er niet bij maar heb het verslag gelezen. Mijn wens voor het najaar: de vraag hoe de "
             "werkorganisatie een eigen koers kan varen voor de komende tien jaar, en hoe je de gemeenten "
             "daar vooraf in meeneemt in plaats van achteraf.\n\nWilco"},
    {"id": "d41-suggestion-22", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "vervolg_atelier", "quote": "notes",
     "sender": "Saskia Veltkamp <s.veltkamp@hoeksland.nl>",
     "body": "Beste organisatoren,\n\nAls vervanger van Gert-Jan was ik er voor het eerst bij. Voor een "
             "volgende keer draag ik graag aan: hybride werken en wat het doet met de teamcultuur, nu de "
             "helft van de mensen vier dagen thuis zit.\n\nMet vriendelijke groet,\nSaskia Veltkamp"},
    {"id": "d41-suggestion-23", "kind": "suggestion", "themes": ["dienstverlening", "samenwerking"], "thread": T,
     "quoted": "vervolg_atelier", "quote": "outlook-lijn",
     "sender": "Jolanda Brekelmans <j.brekelmans@maasenbroek.nl>",
     "body": "Dank voor het verslag. Onderwerpen voor het najaar:\n\n* één digitaal loket voor inwoners van "
             "alle gemeenten, met één website in plaats van vier\n* hoe je de gemeenten zover krijgt dat ze "
             "hun eigen huisstijl loslaten\n\nJolanda"},
    {"id": "d41-suggestion-24", "kind": "suggestion", "themes": ["strategie"], "thread": T,
     "quoted": "vervolg_atelier", "quote": "gmail",
     "sender": "Tanja Meulenbelt <t.meulenbelt@feanwalden-oost.nl>",
     "body": "Mooi verslag! Wat mij betreft de volgende keer: de strategische agenda van de directie naast "
             "die van de colleges leggen. Wie bepaalt de prioriteiten als het geld op is?\n\nTanja" + SAMSUNG},
    {"id": "d41-suggestion-25", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "vervolg_atelier", "quote": "outlook-nl",
     "sender": "Harm Nijhuis <h.nijhuis@dinkelvenen.nl>",
     "body": "Ik heb het gemist, jammer. Voor het najaar van mij: informatieveiligheid. Wij hebben in "
             "januari een hack gehad en ik had graag eerder van collega's geleerd.\n" + TWENTS},
    {"id": "d41-suggestion-26", "kind": "suggestion", "themes": ["samenwerking"], "thread": T,
     "quoted": "vervolg_atelier", "quote": "ongemarkeerd",
     "sender": "Gerrit Schippers <g.schippers@lommerdaal.nl>",
     "body": "Topic voor next time: hoe verhoud je je als fusieorganisatie tot de andere samenwerkingsverbanden "
             "in de regio (omgevingsdienst, GGD, veiligheidsregio)? Wij verdwalen in het gemeenschappelijke-"
             "regelingenwoud."},
    {"id": "d41-suggestion-27", "kind": "suggestion", "themes": ["organisatie", "dienstverlening"], "thread": T,
     "quoted": "vervolg_atelier", "quote": "doorgestuurd",
     "sender": "Hans Mulderij <h.mulderij@vlietvenen.nl>",
     "body": "Anja, wil je dit doorzetten? Voor het volgende atelier: de reorganisatie van onze "
             "backoffice naar zaakgericht werken, en wat inwoners daarvan merken in de doorlooptijden van "
             "hun aanvragen.\n\nHans"},
    {"id": "d41-suggestion-28", "kind": "suggestion", "themes": ["organisatie"], "thread": None,
     "subject": "Idee voor het najaarsatelier",
     "sender": "Marco Veldhoen <m.veldhoen@kroonwaard.nl>",
     "body": "Beste secretariaat,\n\nIk ben nieuw in het netwerk en kreeg het verslag via mijn collega. Een "
             "idee voor het najaar: leiderschapsontwikkeling van de tweede lijn, de teamleiders die de fusie "
             "eigenlijk moeten dragen.\n\nMet vriendelijke groet,\nMarco Veldhoen\nadjunct-directeur "
             "Werkorganisatie Kroonwaard"},
    # -- thanks and feedback ------------------------------------------------------------------------------------------
    {"id": "d41-other-15", "kind": "other", "thread": T,
     "quoted": "vervolg_atelier", "quote": "outlook-nl",
     "sender": "Ad van Gils <a.vangils@kempenwaard.nl>",
     "body": "Top middag, dank aan jullie beiden. Ik heb er weer energie van gekregen." + BRABANTS},
    {"id": "d41-other-16", "kind": "other", "thread": T,
     "quoted": "vervolg_atelier", "quote": "gmail",
     "sender": "Mirella Pastoors <m.pastoors@maasenbroek.nl>",
     "body": "Kunnen jullie de slides van de inleiding van de heer Bakhuis rondsturen? Ik wil ze in ons MT "
             "gebruiken.\n\nGroetjes, Mirella"},
    {"id": "d41-other-17", "kind": "other", "thread": T,
     "quoted": "vervolg_atelier", "quote": "outlook-lijn",
     "sender": "Wilma Bosscher <w.bosscher@lingehoeve.nl>",
     "body": "Geacht secretariaat,\n\nHet programma was inhoudelijk sterk, maar de akoestiek in de zaal op "
             "het Provinciehuis was zodanig dat ik aan de achterste tafel de helft niet heb kunnen volgen. "
             "Daarnaast was de koffie om half drie op. Ik verzoek u hier bij een volgende locatiekeuze "
             "rekening mee te houden.\n\nHoogachtend,\nW.J. Bosscher"},
    {"id": "d41-other-18", "kind": "other", "thread": T,
     "quoted": "vervolg_atelier", "quote": "apple",
     "sender": "Peter Kamphuis <p.kamphuis@drechtmeer.nl>",
     "body": "De link naar het verslag geeft bij mij een 404. Ligt dat aan mij?\n\nPeter" + IPHONE},
    {"id": "d41-other-19", "kind": "other", "thread": T,
     "quoted": "vervolg_atelier", "quote": "outlook-en",
     "sender": "Saskia Veltkamp <s.veltkamp@hoeksland.nl>",
     "body": "Ik ben er als vervanger geweest en vond het zeer waardevol. Kan ik zelf ook lid worden, naast "
             "Gert-Jan? Of is het één lid per organisatie?\n\nSaskia"},
    {"id": "d41-other-20", "kind": "other", "thread": T,
     "quoted": "vervolg_atelier", "quote": "notes-wrote",
     "sender": "Roelof Smeenge <r.smeenge@dinkelvenen.nl>",
     "body": "Een opmerking over de opzet: de tafelgesprekken waren te kort. Twintig minuten is net genoeg om "
             "elkaar voor te stellen. Liever twee rondes van drie kwartier.\n\nRoelof"},
    {"id": "d41-other-21", "kind": "other", "thread": T,
     "quoted": "vervolg_atelier", "quote": "outlook-nl",
     "sender": "Koen Sleegers <k.sleegers@kempenwaard.nl>",
     "body": "Ik was ziek en heb het gemist. Hebben jullie ook een opname van het plenaire deel? Dat zou me "
             "helpen.\n\nKoen"},
    {"id": "d41-other-22", "kind": "other", "thread": T,
     "quoted": "vervolg_atelier", "quote": "groupwise",
     "sender": "Tanja Meulenbelt <t.meulenbelt@feanwalden-oost.nl>",
     "body": "In het verslag sta ik vermeld als directeur van Feanwalden-West; dat moet Oost zijn. Willen "
             "jullie dat rechtzetten voordat het verder verspreid wordt?\n\nTanja"},
    {"id": "d41-other-23", "kind": "other", "thread": T,
     "quoted": "vervolg_atelier", "quote": "outlook-lijn",
     "sender": "Ellen Roodbeen <ellen@roodbeen-wieringsluis.nl>",
     "body": "Ik wil me graag aanmelden voor de Adviesraad. Ik denk graag mee over de thema's en heb tijd "
             "vrijgemaakt in mijn agenda voor dit jaar. Wat is daarvoor de procedure?\n\nEllen Roodbeen"},
    # -- leaving after the atelier -------------------------------------------------------------------------------
    {"id": "d41-unsubscribe-01", "kind": "unsubscribe", "erase": False, "thread": T,
     "quoted": "vervolg_atelier", "quote": "outlook-nl",
     "sender": "Frits Ooms <f.ooms@hoeksland.nl>",
     "body": "Beste Stan en Melanie,\n\nPer 1 april ga ik met pensioen. Dit was voor mij dus het laatste "
             "atelier; halen jullie mij van de ledenlijst? Dank voor de mooie jaren.\n\nFrits Ooms"},
    {"id": "d41-unsubscribe-02", "kind": "unsubscribe", "erase": False, "thread": T,
     "quoted": "vervolg_atelier", "quote": "gmail",
     "sender": "Gerrit Schippers <g.schippers@lommerdaal.nl>",
     "body": "Mijn opvolger, Yvonne Drenth (y.drenth@lommerdaal.nl), neemt vanaf mei mijn plek in het netwerk "
             "over. Ik vertrek naar de provincie.\n\nGerrit"},
    {"id": "d41-unsubscribe-03", "kind": "unsubscribe", "erase": True, "thread": T,
     "quoted": "vervolg_atelier", "quote": "outlook-lijn",
     "sender": "Dirk-Jan Stoutjesdijk <dj.stoutjesdijk@drechtmeer.nl>",
     "body": "Geachte heer, mevrouw,\n\nIk verzoek u mij uit het netwerk te verwijderen en op grond van "
             "artikel 17 AVG al mijn persoonsgegevens bij u te wissen, ook uit de deelnemerslijsten van "
             "eerdere ateliers. Graag een bevestiging.\n\nD.J. Stoutjesdijk"},
    # == 8. Leaving and erasure elsewhere in the year ============================================================
    {"id": "d41-unsubscribe-04", "kind": "unsubscribe", "erase": False, "thread": I,
     "quoted": "uitnodiging_atelier", "quote": "outlook-en",
     "sender": "Bas Terlingen <b.terlingen@hoornveld.nl>",
     "body": "Niet meer voor mij, deze ateliers, en ook het netwerk niet: ik stap per 1 maart over naar "
             "een waterschap. Haal me maar helemaal uit jullie bestand.\n\nBas"},
    {"id": "d41-unsubscribe-05", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": "Lidmaatschap netwerk opzeggen",
     "sender": "Gerda Velthuis <g.velthuis@dinkelvenen.nl>",
     "body": "Beste secretariaat,\n\nIk zeg mijn lidmaatschap van het netwerk op. Ik ben geen directeur meer "
             "en kom dus niet meer in aanmerking.\n\nGroet,\nGerda Velthuis"},
    {"id": "d41-unsubscribe-06", "kind": "unsubscribe", "erase": True, "thread": R,
     "quoted": "herinnering_atelier", "quote": "notes",
     "sender": "Frank Rutgers <f.rutgers@zuidervenen.nl>",
     "body": "Ik kom donderdag niet en wil ook geen mail meer van het netwerk. Verwijder mijn naam, "
             "e-mailadres en wat u verder van mij hebt, conform de AVG.\n\nF. Rutgers"},
    {"id": "d41-unsubscribe-07", "kind": "unsubscribe", "erase": False, "thread": T,
     "quoted": "oproep_themas", "quote": "apple",
     "sender": "Tineke Hooghiemstra <t.hooghiemstra@wieringsluis.nl>",
     "body": "Geen thema's van mij, en eerlijk gezegd wil ik er ook mee stoppen. Ik vind mijn weg naar "
             "collega's via andere kanalen. Schrijf me uit als lid, dank voor alles.\n\nTineke" + IPHONE},
    {"id": "d41-unsubscribe-08", "kind": "unsubscribe", "erase": False, "thread": I,
     "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
     "sender": "Hanneke Vrielink <h.vrielink@dinkelvenen.nl>",
     "body": "Beste Melanie,\n\nPer 1 maart neemt Jeroen Lansink (j.lansink@dinkelvenen.nl) mijn functie "
             "over; ik word gemeentesecretaris elders. Wil je hem op de lijst zetten in mijn plaats? Hij "
             "komt dan ook naar het atelier.\n\nHartelijke groet,\nHanneke"},
    {"id": "d41-unsubscribe-09", "kind": "unsubscribe", "erase": True, "thread": None,
     "subject": "Verzoek verwijdering persoonsgegevens",
     "sender": "Wilco van Duijn <w.vanduijn@vlietvenen.nl>",
     "body": "Hierbij maak ik gebruik van mijn recht op gegevenswissing. Ik wil geen lid meer zijn van het "
             "netwerk en verzoek u al mijn gegevens te verwijderen.\n\nW. van Duijn"},
    # == 9. Joining and confirming (any time) ======================================================================
    {"id": "d41-subscribe-01", "kind": "subscribe", "thread": None,
     "subject": "Aanmelden netwerk",
     "sender": "Yvonne Drenth <y.drenth@lommerdaal.nl>",
     "body": "Beste secretariaat,\n\nMijn voorganger Gerrit Schippers wees mij op het netwerk. Graag meld ik "
             "mij aan als lid; ik ben per 1 mei directeur van Werkorganisatie Lommerdaal.\n\nMet vriendelijke "
             "groet,\nYvonne Drenth"},
    {"id": "d41-subscribe-02", "kind": "subscribe", "thread": None,
     "subject": "Lid worden",
     "sender": "Marco Veldhoen <m.veldhoen@kroonwaard.nl>",
     "body": "Goedemiddag, ik zou graag deel uitmaken van jullie netwerk en de uitnodigingen voor de "
             "ateliers voortaan zelf ontvangen. Graag op dit adres.\n\nMarco Veldhoen\nadjunct-directeur "
             "Kroonwaard"},
    {"id": "d41-subscribe-03", "kind": "subscribe", "thread": None,
     "subject": "Membership",
     "sender": "Laura Whitfield-de Boer <laura.whitfield@gmail.com>",
     "body": "Hello,\n\nI'd like to sign up for the network with my private address as well, since my work "
             "mail blocks some of your messages. Please add me.\n\nThanks,\nLaura Whitfield-de Boer\nDeputy "
             "director, Gemeente Scheldevliet"},
    {"id": "d41-subscribe-04", "kind": "subscribe", "thread": None,
     "subject": "aanmelding",
     "sender": "Jeroen Lansink <j.lansink@dinkelvenen.nl>",
     "body": "Naam: Jeroen Lansink\nOrganisatie: Werkorganisatie Dinkelvenen\nFunctie: algemeen directeur "
             "(per 1 maart)\nE-mail: j.lansink@dinkelvenen.nl\n\nGraag opnemen in het netwerk."},
    {"id": "d41-subscribe-05", "kind": "subscribe", "thread": G,
     "quoted": "afmelding_bevestigd", "quote": "outlook-nl",
     "subject": "RE: Uw afmelding bij het Netwerk van directeuren van ambtelijke fusieorganisaties",
     "sender": "Tineke Hooghiemstra <t.hooghiemstra@wieringsluis.nl>",
     "body": "Ik heb me te snel afgemeld, merk ik nu. Ik wil er toch graag weer bij. Kunt u mij opnieuw "
             "inschrijven?\n\nTineke"},
    {"id": "d41-confirm-01", "kind": "confirm", "thread": C,
     "quoted": "bevestiging_aanmelding", "quote": "outlook-nl",
     "sender": "Yvonne Drenth <y.drenth@lommerdaal.nl>",
     "body": "Bij dezen bevestigd.\n\nYvonne Drenth"},
    {"id": "d41-confirm-02", "kind": "confirm", "thread": C,
     "quoted": "herinnering_aanmelding", "quote": "gmail",
     "sender": "Marco Veldhoen <m.veldhoen@kroonwaard.nl>",
     "body": "Oeps, die was ondergesneeuwd. Ja, klopt, dat was ik.\n\nMarco"},
    {"id": "d41-confirm-03", "kind": "confirm", "thread": C,
     "quoted": "bevestiging_aanmelding", "quote": "outlook-en",
     "sender": "Laura Whitfield-de Boer <laura.whitfield@gmail.com>",
     "body": "Confirmed, thanks!"},
    {"id": "d41-confirm-04", "kind": "confirm", "thread": C,
     "quoted": "bevestiging_aanmelding", "quote": "doorgestuurd",
     "sender": "Jeroen Lansink <j.lansink@dinkelvenen.nl>",
     "body": "Klopt, ik heb Anja gevraagd me aan te melden. Bij deze akkoord.\n\nJeroen"},
    # == 10. Automatic replies along the cycle =====================================================================
    {"id": "d41-autoreply-01", "kind": "autoreply", "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-nl",
     "subject": "Automatisch antwoord: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 "
                "[atelier:2027-1]",
     "headers": {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
     "sender": "Inge Schuurman <i.schuurman@veenlanden.nl>",
     "body": "Dank voor uw bericht. Ik ben met wintersportvakantie tot en met maandag 18 januari en lees mijn "
             "mail niet. Voor dringende zaken kunt u terecht bij het directiesecretariaat, 0592 - 33 44 00."},
    {"id": "d41-autoreply-02", "kind": "autoreply", "thread": I,
     "quoted": "uitnodiging_atelier", "quote": "ongemarkeerd",
     "subject": "Re: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid "
                "[atelier:2027-1]",
     "sender": "Gemeente Scheldevliet <postbus@scheldevliet.nl>",
     "body": "Bedankt voor uw e-mail aan gemeente Scheldevliet. Wij hebben uw bericht geregistreerd onder "
             "zaaknummer Z-2027-004871. U krijgt binnen vijf werkdagen een reactie. Dit is een automatisch "
             "gegenereerd bericht."},
    {"id": "d41-autoreply-03", "kind": "autoreply", "thread": R,
     "quoted": "herinnering_atelier", "quote": "outlook-en",
     "subject": "Automatic reply: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 "
                "[atelier:2027-1]",
     "headers": {"Auto-Submitted": "auto-replied"},
     "sender": "Laura Whitfield-de Boer <l.whitfield@scheldevliet.nl>",
     "body": "I'm out of the office until March 15 with limited access to e-mail. For urgent matters, please "
             "contact my office at +31 115 20 40 00.\n\nIk ben afwezig tot en met 15 maart."},
    {"id": "d41-autoreply-04", "kind": "autoreply", "thread": T,
     "quoted": "vervolg_atelier", "quote": "outlook-nl",
     "subject": "Afwezig: Dank voor uw komst: Leer- en inspireer-atelier \"Sturen op samenwerking & eigenheid\" "
                "[atelier:2027-1]",
     "headers": {"Precedence": "auto_reply"},
     "sender": "Peter Kamphuis <p.kamphuis@drechtmeer.nl>",
     "body": "Ik ben deze week op werkbezoek in Denemarken en vanaf maandag 22 maart weer bereikbaar. Mijn "
             "mail wordt niet doorgestuurd."},
    {"id": "d41-autoreply-05", "kind": "autoreply", "thread": I,
     "quoted": "wijziging_atelier", "quote": "outlook-nl",
     "subject": "Niet meer in gebruik: Gewijzigd: Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
     "headers": {"Auto-Submitted": "auto-replied"},
     "sender": "Hanneke Vrielink <h.vrielink@dinkelvenen.nl>",
     "body": "Dit e-mailadres is sinds 1 maart 2027 niet meer in gebruik. Uw bericht wordt niet gelezen of "
             "doorgestuurd. Voor de directie van Werkorganisatie Dinkelvenen kunt u mailen naar "
             "directie@dinkelvenen.nl."},
    {"id": "d41-autoreply-06", "kind": "autoreply", "thread": C,
     "quoted": "bevestiging_aanmelding", "quote": "gmail",
     "subject": "Re: Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
     "headers": {"Auto-Submitted": "auto-replied"},
     "sender": "Yvonne Drenth <y.drenth@lommerdaal.nl>",
     "body": "Tot en met 30 april werk ik nog bij de provincie en ben ik op dit adres niet bereikbaar. Vanaf "
             "1 mei lees ik deze mailbox dagelijks."},
    {"id": "d41-autoreply-07", "kind": "autoreply", "thread": I,
     "quoted": "bevestiging_rsvp", "quote": "outlook-lijn",
     "subject": "Automatisch antwoord: U staat op de wachtlijst voor het atelier van 11 maart 2027 "
                "[atelier:2027-1]",
     "headers": {"X-Auto-Response-Suppress": "All", "Auto-Submitted": "auto-generated"},
     "sender": "Gerda Velthuis <g.velthuis@dinkelvenen.nl>",
     "body": "Beste afzender,\n\nIk ben met verlof tot 8 maart. Uw bericht wordt na mijn terugkomst "
             "behandeld.\n\nGerda Velthuis"},
    # == 11. More along the cycle =================================================================================
    {"id": "d41-rsvp-45", "kind": "rsvp", "attending": True, "thread": I,
     "quoted": "uitnodiging_atelier", "quote": "outlook-en",
     "subject": "Accepted: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & "
                "eigenheid [atelier:2027-1]",
     "sender": "Marco Veldhoen <m.veldhoen@kroonwaard.nl>",
     "body": "Happy to join - see you in Utrecht. Eerste keer voor mij, dus ik ben benieuwd.\n\nMarco"},
    {"id": "d41-rsvp-46", "kind": "rsvp", "attending": False, "thread": I,
     "quoted": "uitnodiging_atelier", "quote": "gmail",
     "sender": "Jo Hermans <j.hermans@geulhoeve.nl>",
     "body": "Ich kin neet kómme op 11 miert, ich zit dan mit de raod op werkbezeuk. Volgende kier beter!\n\n"
             "Hoeijoe,\nJo Hermans\ndirecteur Werkorganisatie Geulhoeve" + SAMSUNG},
    {"id": "d41-rsvp-47", "kind": "rsvp", "attending": False, "thread": I,
     "quoted": "uitnodiging_atelier", "quote": "notes-wrote",
     "sender": "Yvonne Drenth <y.drenth@lommerdaal.nl>",
     "body": "Voor 11 maart haak ik af: ik begin pas in mei bij Lommerdaal en zit tot die tijd vol met mijn "
             "oude werk. Het najaar neem ik graag mee.\n\nYvonne"},
    {"id": "d41-rsvp-48", "kind": "rsvp", "attending": True, "thread": I,
     "quoted": "wijziging_atelier", "quote": "outlook-lijn",
     "sender": "Jolanda Brekelmans <j.brekelmans@maasenbroek.nl>",
     "body": "Nieuwe datum staat erin. Ik ben er, maar pas tegen vieren: de 18e heb ik 's middags nog een "
             "raadsinformatieavond voor te bereiden.\n\nJolanda"},
    {"id": "d41-other-24", "kind": "other", "thread": R,
     "quoted": "herinnering_atelier", "quote": "outlook-nl",
     "sender": "Femke Dijkhuizen <f.dijkhuizen@wieringsluis.nl>",
     "body": "Willen jullie de herinneringen voortaan ook naar mijn managementassistent sturen, "
             "l.kooistra@wieringsluis.nl? Zij beheert mijn agenda.\n\nFemke"},
    {"id": "d41-other-25", "kind": "other", "thread": I,
     "quoted": "uitnodiging_atelier", "quote": "outlook-lijn",
     "sender": "Saskia Veltkamp <s.veltkamp@hoeksland.nl>",
     "body": "Goedemorgen,\n\nIk zit sinds vorig jaar in een rolstoel. Is de zaal in het Stadskantoor goed "
             "toegankelijk, en is er een invalidenparkeerplaats? Dan kan ik beslissen of ik fysiek of online "
             "aanschuif.\n\nMet vriendelijke groet,\nSaskia Veltkamp"},
    {"id": "d41-other-26", "kind": "other", "thread": None,
     "subject": "Verzoek: aanwezig zijn bij atelier voor artikel",
     "sender": "Lotte Zandbergen <redactie@gemeentelijkpeil.nl>",
     "body": "Beste Stan van de Laar,\n\nVoor het vakblad Gemeentelijk Peil schrijf ik een achtergrondstuk "
             "over tien jaar ambtelijke fusies. Zou ik op 11 maart een deel van het atelier mogen bijwonen, "
             "en daarna twee of drie directeuren kort mogen spreken?\n\nMet vriendelijke groet,\nLotte "
             "Zandbergen\nredacteur Gemeentelijk Peil\n06 - 19 84 33 52"},
    {"id": "d41-other-27", "kind": "other", "thread": T,
     "quoted": "vervolg_atelier", "quote": "gmail",
     "sender": "Marco Veldhoen <m.veldhoen@kroonwaard.nl>",
     "body": "Is er een deelnemerslijst met mailadressen beschikbaar? Ik wil graag contact opnemen met de "
             "directeur die vertelde over hun traineepool.\n\nMarco"},
    {"id": "d41-other-28", "kind": "other", "thread": None,
     "subject": "Enquête onder leden van uw netwerk",
     "sender": "Sanne Peeters <s.peeters@student.tilburgu-bestuurskunde.nl>",
     "body": "Geachte heer, mevrouw,\n\nIk ben masterstudent bestuurskunde en schrijf mijn scriptie over "
             "sturing in ambtelijke fusieorganisaties. Zou u mijn vragenlijst onder de leden van het netwerk "
             "willen verspreiden? Het invullen kost ongeveer tien minuten.\n\nMet vriendelijke groet,\n"
             "Sanne Peeters"},
    {"id": "d41-other-29", "kind": "other", "thread": I,
     "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
     "sender": "Directiesecretariaat Hoornveld <directie@hoornveld.nl>",
     "body": "Goedemiddag,\n\nDe heer Terlingen is niet meer bij onze organisatie werkzaam. Wie hem als "
             "directeur opvolgt is nog niet bekend; de werving loopt. Ik laat het u weten zodra er een naam "
             "is.\n\nMet vriendelijke groet,\nAnneke Bruggink\ndirectiesecretariaat"},
    {"id": "d41-other-30", "kind": "other", "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-en",
     "sender": "Jo Hermans <j.hermans@geulhoeve.nl>",
     "body": "Tot wanneer kan ik nog iets insturen? Ik wil het eerst in ons directieoverleg van 25 januari "
             "bespreken; is dat te laat?\n\nJo"},
    {"id": "d41-other-31", "kind": "other", "thread": I,
     "quoted": "uitnodiging_atelier", "quote": "apple",
     "sender": "Koen Sleegers <k.sleegers@kempenwaard.nl>",
     "body": "Zijn er kosten verbonden aan deelname, of aan de lunch? Onze controller vraagt het, want we "
             "hebben een uitgavenstop.\n\nKoen" + IPHONE},
]
# fmt: on
