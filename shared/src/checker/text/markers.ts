/**
 * Sentence-level markers: whether a sentence only defers, intends, negates or restates a topic, and
 * whether it carries concrete detail. All patterns work on `normalize`d text (lower case, no accents)
 * and are compiled once, at module load.
 */

/** Dutch number words, as a regex alternation. */
export const NUMBER_WORDS =
  'twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien|veertien|vijftien|zestien|zeventien|achttien|negentien|twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig|honderd'

/** Documents a region defers to ("werken wij uit in de inkoopstrategie"). */
export const DOCUMENT_NAMES =
  'addendum|convenant|samenwerkingsconvenant|continuiteitskader|toegangsprofiel|inkoopstrategie|inkoopplan|inkoopkader|inkoopdocument|inkoopdocumenten|beleidskader|beleidsplan|uitvoeringsprogramma|uitvoeringsagenda|uitvoeringsplan|samenwerkingsagenda|plan van aanpak|transformatieplan|verordening|aanbestedingsdocument|aanbestedingsdocumenten|aanbestedingsstukken|inkoopstukken|aanbestedingsleidraad|bestek|programma|notitie|aparte notitie|nota|memo|werkagenda'

/**
 * Parts of the deferrals to a coming season or period ("het bestuur kiest in het najaar", "daar beslist het
 * bestuur dit voorjaar over"), which a yearly round ("jaarlijks beslist het bestuur in het voorjaar") is not.
 */
const DECIDES = '(kiest|kiezen|beslist|beslissen)'
const SETTLES = '(kiest|kiezen|beslist|beslissen|besluit|besluiten|bepaalt|bepalen)'
const SEASON = '(voorjaar|najaar|zomer|winter)'
const PERIOD_AHEAD = '(voorjaar|najaar|zomer|winter|kwartaal|maand)'
const COMING = '(dit|deze|komend|komende|volgend|volgende)'
const YEARLY = '(jaarlijks|elk jaar|ieder jaar|steeds|telkens)'
const EACH_YEAR = '(jaarlijks|elk jaar|ieder jaar)'

export const DEFERRAL = new RegExp(
  [
    // "nog uit te werken", "nog te bepalen", "nader in te vullen"
    String.raw`\b(nog|nader|verder|later) (nader |verder |concreet )?(uit te werken|uitgewerkt|te bepalen|bepaald|te besluiten|te kiezen|te regelen|in te vullen|ingevuld|te maken|vast te stellen|te onderzoeken|onderzocht|te verkennen|uit te zoeken)\b`,
    String.raw`\b(wordt|worden|zal|zullen)\b[^.;]{0,60}\b(nader|verder|later|nog) (uitgewerkt|bepaald|bezien|onderzocht|verkend|ingevuld|vastgesteld)\b`,
    // The same with the auxiliary after the adverb: "zal per functie nader worden uitgewerkt"
    String.raw`\b(nader|verder|later|nog) ((zal|zullen) )?(wordt|worden) (uitgewerkt|bepaald|bezien|onderzocht|verkend|ingevuld|vastgesteld|geregeld|uitgezocht)\b`,
    String.raw`\b(uitwerking volgt|nadere uitwerking|verdere uitwerking)\b`,
    // The working out as a status or a step still to come: "continuïteitsafspraken: uitwerking in de contracten",
    // "uitwerking door de BVO Jeugd in 2025"
    String.raw`:\s*(de )?uitwerking (in|door|via|bij|met)\b|^(de )?uitwerking (\S+ ){0,6}?(in|voor|uiterlijk|vanaf|medio|eind|begin) (\S+ )?(19|20)\d\d\b`,
    // A decision still to come: "besluit AB verwacht in het najaar", "Oktober: besluit AB over het aanspreekpunt"
    String.raw`\b(besluit|besluitvorming|beslissing|keuze)\b[^.;]{0,40}\bverwacht\b`,
    // … as a line of a list: "Besluit over aanspreekpunt: AB juni 2026" (a step of the purchasing itself,
    // "besluit over verlenging: uiterlijk 1 juli 2029", is planning, not a choice left open)
    String.raw`^(besluit|besluitvorming|beslissing|keuze) over (?!(de |het )?(verlenging|gunning|aanbesteding|inkoop|publicatie|toelating)\b)[^.;:]{0,60}:\s*[^.;]{0,40}\b(19|20)\d\d\b`,
    String.raw`^(januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|(eerste|tweede|derde|vierde) kwartaal|q[1-4]|voorjaar|zomer|najaar|winter|(begin|medio|eind) \w+)\s*[:–-]\s*(besluit|besluitvorming|beslissing|keuze)\b`,
    // A decision someone is still to take: "het bestuur wil in 2024 een besluit nemen over één aanspreekpunt",
    // "de raden gaan daarover een keuze maken"; and waiting for something first: "wacht daarvoor op de wet"
    String.raw`\b(wil|willen|gaat|gaan|zal|zullen|moet|moeten) (\S+ ){0,4}?(een |de )?(besluit|beslissing|keuze) (\S+ ){0,3}?(nemen|maken)\b|\b(wacht|wachten) (daarvoor|daarmee|hiervoor|hiermee|daarbij|eerst|nog) (\S+ )?op\b`,
    // A study still to be done: "een in 2026 uit te voeren onderzoek", "de nog te houden verkenning"
    String.raw`\b(uit te voeren|te houden|op te starten|nog te doen) (\S+ ){0,2}?(onderzoek|verkenning|analyse|inventarisatie)`,
    // "werken wij uit in de inkoopstrategie", "werkt de inkoopstrategie uit" (separable verb, not "uit de regio")
    // (not how each works it out now: "stad en dorp werken ze verschillend uit")
    // (nor the "uit" of another verb: "werken verschillend, maar voeren dezelfde taken uit")
    // (not what this very text does: "De tekst werkt de vijf basisfuncties concreet uit:")
    String.raw`\bwerk(t|en)\b(?<!\b(de tekst|dit document|deze visie|dit hoofdstuk|deze paragraaf|dit stuk|de visie|deze notitie|deze nota) werk(t|en))(?:(?!\b(voer|voert|voeren|voerde|voerden)\b)[^.;:]){0,80}?(?<!\b(verschillend|anders) )\buit\b(?! (de|het|een|hun|onze|ons|alle|elkaar|eigen|andere)\b)`,
    String.raw`\bkomen (wij|we)\b[^.;]{0,60}\bop terug\b|\b(hier|daar|er)op terugkomen\b`,
    // The decision itself comes later: "Dat besluit nemen wij bij de herziening van de regeling in 2027"
    String.raw`\b(dat|dit|het|een) besluit (hierover |daarover )?(nemen|neemt|volgt|valt) (wij |we |de regio |het bestuur )?(pas |later |nog )?(bij|in|na|later|pas)\b`,
    // Taken along into a later change or document: "… nemen wij mee bij de wijziging van de regeling in 2027"
    String.raw`\b(nemen|neemt) (wij |we |het bestuur |de regio )?mee (bij|in) (de|het|een) (\S+ )?(wijziging|herziening|actualisatie|aanpassing|evaluatie|uitwerking|volgende|nieuwe|inkoop\w*|${DOCUMENT_NAMES})\b`,
    String.raw`\b(brengen|gaan) (wij|we)\b[^.;]{0,60}\bin (beeld|kaart)\b|\b(wij|we) (brengen|gaan)\b[^.;]{0,60}\bin (beeld|kaart)\b`,
    // "hiervoor verwijzen wij naar het beleidskader" (not "huisartsen verwijzen naar de jeugdhulp")
    String.raw`\b(hiervoor|daarvoor|hierbij|daarbij|daarover|hierover) verwijz(en|t) (wij|we|de regio)\b|\bverwijzen (wij|we)\b[^.;]{0,30}\bnaar\b(?! (het |de |ons |onze )?(verslag\w*|notulen)\b)|\bzie (het|de) (${DOCUMENT_NAMES})\b`,
    // (not "is vastgelegd in het convenant, dat de colleges ondertekenden": done, not put off)
    // (nor "liggen vast in het convenant", "staat beschreven in de verordening", "zijn de afspraken … vastgelegd in het
    // convenant": in place already; nor a participle after a comma, "samen ingekocht, vastgelegd in het convenant")
    String.raw`\b(vastgelegd|uitgewerkt|beschreven|opgenomen|vast|uit)(?<!\b(is|zijn|werd|werden|ligt|liggen|lag|lagen|staat|staan|stond|stonden|hebben|heeft|hadden|had) ([^.;]{0,60} )?\w+)(?<![,;] \w+) in (een|het|de) (nog op te stellen |toekomstig\w* |nieuw\w* |later\w* )?(${DOCUMENT_NAMES})\b`,
    // "wordt uitgewerkt in een regionaal continuïteitsplan": any plan, kader or nota still to be written
    String.raw`\b(wordt|worden|zal|zullen)\b[^.;|]{0,60}\b(vastgelegd|uitgewerkt|beschreven|opgenomen|geregeld|bepaald|opgesteld|ontwikkeld) in (een |het |de )?(\S+ ){0,2}\w*(plan|kader|programma|strategie|nota|notitie|agenda|convenant|verordening|document|documenten|protocol|addendum|deliverable|rapport|deelovereenkomsten?|uitvoeringsovereenkomsten?)\b`,
    // An arrangement still to be drawn up: "wordt een overgangsregeling opgesteld" (not a routine: "voor elke
    // jeugdige wordt een plan opgesteld")
    String.raw`\b(wordt|worden)(?<!\b(per|elke|elk|iedere|ieder)\b[^.;]{0,80}(wordt|worden)) (er )?(nog )?(een|de|het) (\S+ ){0,2}?\w*(regeling|protocol|notitie|voorstel|kader|strategie|uitwerking) (opgesteld|uitgewerkt|ontwikkeld|gemaakt)\b(?![^.;]{0,80}\b(per|elke|iedere|samen met (het gezin|de jeugdige|de ouders))\b)`,
    // A document still to appear: "… staat in het Continuïteitsplan dat eind 2025 verschijnt", "volgen in het
    // landsdelig plan dat in 2027 uitkomt"
    String.raw`\b\w*(plan|kader|strategie|programma|agenda|notitie|nota|profiel|protocol|convenant|rapport)\b[^.;|]{0,60}\b(dat|die)\b[^.;|]{0,40}\b(verschijnt|verschijnen|uitkomt|uitkomen|gereed komt|klaar komt|klaar is|af is)\b`,
    // … with the document first: "wordt in deliverable 2.2 uitgewerkt", "wordt in het inkoopplan vastgelegd"
    String.raw`\b(wordt|worden|zal|zullen) in (een |het |de )?(\S+ ){0,2}?\w*(plan|kader|programma|strategie|nota|notitie|agenda|convenant|verordening|document|protocol|addendum|deliverable|werkpakket|rapport|deelovereenkomsten?|uitvoeringsovereenkomsten?)\b( \S+){0,3}? (uitgewerkt|vastgelegd|beschreven|opgenomen|geregeld|bepaald|opgesteld)\b`,
    // A milestone that is a proposal still to come: "maart 2026 | voorstel kostprijsonderzoek"
    String.raw`\b(19|20)\d\d \| (\S+ )?voorstel\b`,
    // Arrangements still to be drawn up in a coming year: "afspraken … worden in 2025 opgesteld"
    // … or someone still to be named: "wie het aanspreekpunt is, wordt in de loop van 2026 aangewezen"
    String.raw`\b(wordt|worden)\b[^.;]{0,30}\b(in|voor|na|uiterlijk|begin|medio|eind|in de loop van) (19|20)\d\d\b[^.;]{0,20}\b(opgesteld|ontwikkeld|uitgewerkt|ingericht|aangewezen|benoemd|gekozen|afgesproken)\b`,
    // … with the participle first: "Aanspreekpunt: wordt aangewezen door het algemeen bestuur in maart 2026"
    String.raw`\b(wordt|worden) (aangewezen|benoemd|gekozen|opgesteld|uitgewerkt|ingericht|afgesproken|bepaald)\b[^.;]{0,50}\b(in|voor|na|uiterlijk|begin|medio|eind|in de loop van) (\S+ )?(19|20)\d\d\b`,
    // … with the year first: "dat een regionaal kader in de loop van 2025 zal worden opgesteld"
    String.raw`\b(in|voor|na|uiterlijk|begin|medio|eind|in de loop van) (19|20)\d\d\b[^.;]{0,20}\b(zal|zullen) (\S+ ){0,2}?worden (opgesteld|ontwikkeld|uitgewerkt|ingericht|aangewezen|benoemd|gekozen|afgesproken)\b`,
    // Recorded in contracts still to come: "leggen wij vast in de nieuwe contracten vanaf 2027"
    String.raw`\b(leggen|legt|regelen|regelt) (wij|we|de regio|de gemeenten)\b[^.;]{0,60}\bin de (nieuwe|toekomstige|volgende|komende) (contract|overeenkomst)\w*|\b(wordt|worden|zal|zullen)\b[^.;]{0,60}\b(vastgelegd|geregeld|opgenomen) in de (nieuwe|toekomstige|volgende|komende) (contract|overeenkomst)\w*`,
    // Terse notes: "uitwerken in inkoopplan 2027", "n.t.b.", "→ werkgroep toegang, voorstel Q3 2026"
    String.raw`\b(uitwerken|uit te werken|vastleggen|vast te leggen|regelen|te regelen|bepalen|te bepalen) in (het |de |een )?(\S+ ){0,2}?\w*(plan|kader|programma|strategie|nota|notitie|agenda|convenant|verordening|document|protocol|profiel)\b`,
    String.raw`\bn\.t\.b\.?|\bntb\b|\btbd\b|\btodo\b`,
    // Telegram style: "… → werkgroep toegang, advies aan AB Q3 2026"
    // (not a planning: "gunning → 1 oktober 2025")
    String.raw`(\u2192|->)[^.;]{0,40}\b(advies|voorstel|uitwerking|besluit)\b[^.;]{0,30}\b(19|20)\d\d\b`,
    // A label for what is still open: "Nog open: of aanbieders …", "Open punt: …"
    String.raw`^(nog open|open punt|open vraag|nog te besluiten|nog niet besloten|nog te bepalen)\s*:`,
    // Left to a later decision or another document: "laat het bestuur over aan de besluitvorming na het
    // onderzoek", "laten wij over aan de inkoopstrategie"
    String.raw`\b(laat|laten|liet|lieten)\b[^.;]{0,60}\bover aan (de |het |een )?(latere |nadere |verdere )?(besluitvorming|besluit|keuze|beslissing|${DOCUMENT_NAMES})\b`,
    // Left blank to fill in later: "Aanspreekpunt namens de regio: PM", "Looptijd: p.m. jaar"
    String.raw`:\s*(pm|p\.m\.)(\s|$|[.;,])|\b(pm|p\.m\.)\s*[.;]?$`,
    String.raw`\b(voorstel|uitwerking) (volgt )?(in |uiterlijk |voor |eind |begin |medio )?(q[1-4]|\d(e|de|ste) kwartaal|najaar|voorjaar|zomer|\w+ )?(19|20)\d\d\b`,
    // A proposal due at a date, as a line of its own: "Voorstel voor een niet-vrijblijvende samenwerkingsvorm: eerste kwartaal 2026"
    String.raw`^(\S+ )?voorstel\b[^.;:]{0,80}:\s*(uiterlijk |in |voor |eind |begin |medio )?(het )?((eerste|tweede|derde|vierde) kwartaal|q[1-4]|voorjaar|najaar|zomer|winter|\w+) (van )?(19|20)\d\d\b`,
    // "De uitwerking voor Hoogzand volgt in het Toegangsplan Hoogzand", "volgt in een apart profiel"
    String.raw`\buitwerking\b[^.;]{0,60}\bvolgt\b|\bvolgt in (een|het|de) (\S+ ){0,2}\w*(plan|kader|programma|strategie|nota|notitie|agenda|profiel|document)\b`,
    // Left out of this document: "leggen wij niet in deze visie vast"
    String.raw`\bniet in (deze|dit) (regio)?(visie|document|nota|stuk|plan|kader)\b`,
    // "in 2026 opnieuw gemaakt", "tot die tijd" (not what nobody has to do again: "die vraagt niet alles opnieuw")
    // ("opnieuw bekeken" at an evaluation is looking back: `LOOKING_INTO`)
    String.raw`\bopnieuw (gemaakt|afgesproken|bepaald|besloten|vastgesteld|ingericht)\b|(?<!\b(niet|geen|nooit)\b[^.;]{0,30})\bopnieuw\s*[.;]?$`,
    // Moved on to later: "de andere drie basisfuncties schuiven wij door naar 2027", "doorgeschoven naar"
    String.raw`\b(schuift|schuiven|schoof|schoven) (\S+ ){0,4}?door (naar|tot)\b|\bdoor(geschoven|schuiven|schuift) (naar|tot)\b`,
    // A choice made when a later document is drawn up: "Het RBO kiest bij de vaststelling van de inkoopstrategie 2027 een variant"
    String.raw`\b(kiest|kiezen)\b[^.;]{0,50}\b(bij|in|na) (de |het )?(vaststelling|opstelling|voorbereiding)\b[^.;]{0,60}\b(19|20)\d\d\b`,
    // Waiting on a choice still to be made: "welke besluiten bindend zijn, hangt van die keuze af"
    String.raw`\b(hangt|hangen) (\S+ ){0,3}?(af van|van) (die|deze|de|het|dat) (\S+ )?(keuze|besluit|beslissing|uitkomst|verkenning|onderzoek)\w*\b`,
    // A proposal still to be discussed: "het algemeen bestuur bespreekt op 25 juni 2026 een voorstel over de vertegenwoordiging"
    String.raw`\b(bespreekt|bespreken|behandelt|behandelen)\b[^.;]{0,60}\b(een|het) (\S+ )?(voorstel|notitie)\w* (over|voor|om)\b`,
    // Settled once something else is known: "wat daarna geldt, spreken wij af wanneer de nieuwe indeling bekend is"
    String.raw`\b(spreken|spreekt|leggen|legt|maken|maakt|regelen|regelt|bepalen|bepaalt|besluiten|beslist|kiezen|kiest)\b[^.;]{0,60}\b(wanneer|zodra|nadat) [^.;]{0,80}\b(bekend|duidelijk|afgerond|klaar|definitief) (is|zijn|wordt|worden)\b`,
    // A decision of its own, or one taken once something else is settled: "Over de crisishulp neemt het
    // bestuur een afzonderlijk besluit, zodra de landsdelige afspraken zijn herzien"
    String.raw`\b(neemt|nemen)\b[^.;]{0,40}\b(een )?(afzonderlijk|apart|nader|later|nieuw)e? (besluit|beslissing)\b|\b(neemt|nemen)\b[^.;]{0,40}\b(besluit|beslissing)\b[^.;]{0,40}\b(zodra|nadat)\b`,
    // Only once something else is done: "welke normen gelden, bepalen wij pas na de nulmeting"
    // (also with the verb's particle between: "leggen wij pas vast in de contracten die in 2027 ingaan")
    String.raw`\b(bepalen|bepaalt|besluiten|besluit|beslissen|beslist|kiezen|kiest|vaststellen|stellen|stelt|leggen|legt|spreken|spreekt|regelen|regelt)\b[^.;]{0,30}\bpas ((vast|af|uit) )?(na|bij|als|wanneer|zodra|nadat|in|vanaf)\b`,
    // Still to be laid down somewhere: "capaciteitsafspraken per functie, vast te leggen in de nieuwe contracten"
    // (not "op te nemen in de verordening", the way a decision is worded: "Besluit 5. Het inkoopkader op te nemen …")
    String.raw`\b(vast te leggen|uit te werken|af te spreken) in (de|het|een) (\S+ ){0,2}?(contracten|overeenkomsten|${DOCUMENT_NAMES})\b`,
    // Worked out in a later phase: "… wordt uitgewerkt in fase 2 van het programma", "in de volgende fase bepaald"
    // (also with the phase first: "wordt in fase 2 bepaald")
    String.raw`\b(uitgewerkt|bepaald|vastgelegd|geregeld|uitgezocht|opgepakt) in (de )?((volgende|tweede|derde|latere|komende) )?fase\b|\bin (de )?((volgende|tweede|derde|latere|komende) fase|fase ([2-9]|twee|drie))\b[^.;]{0,30}\b(uitgewerkt|bepaald|vastgelegd|geregeld|uitgezocht|opgepakt|besloten|gekozen|uitwerken|bepalen|vastleggen|regelen)\b`,
    // Still open: "hoe de afstemming wordt vastgelegd, is ook nog open"
    String.raw`\bnog open\b`,
    // Raised somewhere else, to be settled there: "Wij brengen beide functies in 2027 in bij het landsdeeloverleg"
    String.raw`\b(brengen|brengt) (\S+ ){0,5}?in bij (het|de|ons) \w*(overleg|bestuur|tafel|platform)\b`,
    String.raw`\b(volgend|komend)e? jaar\b[^.;]{0,60}\b(opnieuw|besluiten|bepalen|uitwerken|afspreken|kiezen)\b`,
    String.raw`\b(in )?(een )?(later|volgend)e? (stadium|fase)\b`,
    String.raw`\b(volgt|volgen) (later|nog|op een later)\b`,
    String.raw`\b(besluit|keuze|besluitvorming|beslissing) (hierover|daarover|volgt)\b`,
    // Agreed or written out later: "spreken wij in 2026 af", "de uitwerking volgt in 2026"
    String.raw`\b(spreken|maken|leggen) (wij|we)\b[^.;]{0,60}\b(in|voor|na|uiterlijk) (19|20)\d\d\b[^.;]{0,60}\b(af|vast)\b`,
    // In a document still to be drawn up: "staat in de landsdelige agenda die de vier regio's in 2025 opstellen"
    String.raw`\b(staat|staan|komt|komen) in (de|het|een) (\S+ ){0,2}?\w*(agenda|plan|kader|programma|strategie|nota|notitie|convenant|protocol|document)\b (die|dat) [^.;]{0,40}\b(in|voor|na|uiterlijk|begin|medio|eind) (de loop van )?(19|20)\d\d (\S+ )?(opstellen|opstelt|maken|maakt|schrijven|schrijft|vaststellen|vaststelt|uitwerken|uitwerkt)\b`,
    // Arranged at a later change: "Dat regelen we bij de wijziging van de GR", "wordt geregeld bij de herziening"
    String.raw`\b((regelen|leggen|bepalen|beslissen) (wij|we)|(wordt|worden) (geregeld|vastgelegd|bepaald))\b[^.;]{0,30}\bbij de (wijziging|herziening|actualisatie|aanpassing|volgende)\b`,
    // Expected to be agreed later: "Wij verwachten daarover in 2027 afspraken te maken"
    String.raw`\b(verwachten|verwacht|hopen|hoopt|denken|denkt)\b[^.;]{0,40}\b(in|voor|na|uiterlijk|begin|medio|eind) (de loop van )?(19|20)\d\d\b[^.;]{0,40}\b(te maken|te sluiten|vast te leggen|vast te stellen|af te spreken|te regelen|te kiezen|te besluiten)\b`,
    // A way of working still to be made: "voor de regie maken de teams in 2027 een gezamenlijke werkwijze"
    String.raw`\b(maken|maakt|ontwikkelen|ontwikkelt|schrijven|schrijft)\b[^.;]{0,40}\b(in|voor|uiterlijk|begin|medio|eind) (de loop van )?(19|20)\d\d\b[^.;]{0,20}\b(een|hun|onze|zijn|haar) (\S+ )?(werkwijze|plan|protocol|aanpak|handreiking|werkafspraken|regeling|kader|werkprofiel)\b`,
    // … drawn up or set up then: "een gezamenlijk werkprofiel stellen wij in de loop van 2026 op"
    String.raw`\b(stellen|richten) (wij|we)\b[^.;]{0,60}\b(in|voor|na|uiterlijk|begin|medio|eind) (de loop van )?(19|20)\d\d\b[^.;]{0,20}\b(op|in)\s*[.;]?$`,
    // (not "daaruit volgen vijf ambities voor 2030": what follows from something)
    String.raw`\b(volgt|volgen|verschijnt|verschijnen|komt|komen)\b(?<!\b(daar|hier)uit (volgt|volgen|verschijnt|verschijnen|komt|komen))[^.;]{0,20}\b(in|voor|na|uiterlijk|eind|begin|medio) (19|20)\d\d\b`,
    String.raw`\b(volgt|volgen|verschijnt) (in|na) (het|de) (voorjaar|najaar|zomer|winter|loop)\b`,
    // A study or plan still to be made: "in 2027 laten wij een kostprijsonderzoek uitvoeren"
    // (not doing again the study already done, "In 2030 laten wij het kostprijsonderzoek opnieuw uitvoeren": upkeep)
    String.raw`\b((laten|gaan|zullen) (wij|we)|(wij|we) (laten|gaan|zullen))\b(?![^.;]{0,80}\b(opnieuw|nogmaals)\b)[^.;]{0,50}onderzoek\w*[^.;]{0,30}\b(uitvoeren|doen|verrichten)\b`,
    // Whether something can be done is still to be found out: "dan zal de regio onderzoeken of aansluiting mogelijk is"
    String.raw`\b(onderzoeken|onderzocht|nagaan|nagegaan|verkennen|verkend|bekijken|bekeken|bezien) ((wij|we|zij|de regio|de gemeenten) )?(of|in hoeverre)\b[^.;]{0,60}\b(mogelijk|haalbaar|wenselijk|zinvol)\b`,
    // "een kostprijsonderzoek wordt in 2027 uitgevoerd"
    String.raw`onderzoek\w*\b[^.;]{0,80}\b(wordt|worden)\b[^.;]{0,30}\b(in|vanaf|na|voor|uiterlijk|begin|medio|eind) (19|20)\d\d\b[^.;]{0,20}\b(uitgevoerd|gedaan|verricht|gestart|opgestart)\b`,
    // (not working together under one: "daarvoor werken we met drie andere regio's samen in een convenant")
    String.raw`\b(beschrijven|leggen|werken|nemen) (wij|we)\b(?![^.;]{0,40}\bsamen\b)[^.;]{0,40}\bin (een|het|de) (\S+ ){0,2}(${DOCUMENT_NAMES})\b`,
    // Out of this document's scope, or foreseen later: "valt buiten het bestek", "is voorzien in 2026"
    String.raw`\bbuiten het bestek\b|\b(is|zijn|wordt|worden) voorzien (in|voor) (19|20)\d\d\b`,
    // An open question decided at a later moment: "wie het aanspreekpunt is, besluit het bestuur in het voorjaar van 2026"
    String.raw`^(wie|welke?|hoe|wat|waar|wanneer|of)\b[^.;]{0,150}(,| -) (besluit|besluiten|beslist|beslissen|bepaalt|bepalen|kiest|kiezen|herzien|herziet|herijken|herijkt|heroverwegen|regelen|regelt|bezien|bekijken|leggen|legt|spreken|spreekt|werken|werkt)\b[^.;]{0,60}?(\b(in|na|uiterlijk|voor|begin|medio|eind|rond) (het |de )?(\S+ ){0,2}?((19|20)\d\d|voorjaar|najaar|zomer|winter)\b|\blater\b|\bbij de (voorbereiding|start|volgende|herziening|wijziging|vaststelling)\b)`,
    // A proposal sent back, a point still open: "het AB heeft het voorstel teruggestuurd", "dit punt is dus nog open"
    String.raw`\b(voorstel|besluit)\w*\b[^.;]{0,80}\b(teruggestuurd|teruggelegd|teruggewezen)\b|\b(punt|vraag|kwestie|keuze)\b[^.;]{0,20}\b(is|blijft) (dus |daarom )?nog open\b`,
    // A body that decides at a coming moment: "het bestuur kiest in april 2026"
    // (not what comes after the vision's own period: "beslissen of de kaders voor de periode na 2028 …")
    // … or at a coming season: "het algemeen bestuur kiest in het najaar wie het aanspreekpunt wordt", "in
    // het najaar kiest het bestuur …" (not a yearly round: "jaarlijks beslist het bestuur in het voorjaar over …")
    String.raw`\b(kiest|kiezen|beslist|beslissen)\b[^.;]{0,30}\b(in|voor|na|uiterlijk|begin|medio|eind) (het |de )?(\S+ ){0,2}?(?<!periode na )(19|20)\d\d\b`,
    String.raw`\b${DECIDES}\b(?<!\b${YEARLY}\b[^.;]{0,40}${DECIDES})(?![^.;]{0,30}\b${EACH_YEAR}\b)[^.;]{0,30}\b(in|voor|na|uiterlijk|begin|medio|eind) (het |de )?(\S+ ){0,2}?${SEASON}\b`,
    String.raw`\b(in|na|voor|begin|medio|eind) (het |de )?${SEASON}\b(?<!\b${YEARLY}\b[^.;]{0,50}${SEASON})(?![^.;]{0,30}\b${EACH_YEAR}\b)[^.;]{0,30}\b${DECIDES}\b`,
    // … or in a period still to come: "daar beslist het bestuur dit voorjaar over", "volgend jaar kiezen wij"
    String.raw`\b${SETTLES}\b(?<!\b${YEARLY}\b[^.;]{0,40}${SETTLES})[^.;]{0,30}\b${COMING} ${PERIOD_AHEAD}\b(?![^.;]{0,30}\b${EACH_YEAR}\b)`,
    String.raw`\b${COMING} ${PERIOD_AHEAD}\b(?<!\b${YEARLY}\b[^.;]{0,50}${PERIOD_AHEAD})[^.;]{0,30}\b${SETTLES}\b(?![^.;]{0,30}\b${EACH_YEAR}\b)`,
    // … or with the object first: "de nieuwe afspraken maken wij in 2025"
    String.raw`\b(afspraken|contracten|overeenkomsten|convenant) ((daarover|hierover|daarvoor|hiervoor) )?(maken|sluiten|vernieuwen) (wij|we)\b[^.;]{0,20}\b(in|voor|na|uiterlijk|begin|medio|eind) (de loop van )?(19|20)\d\d\b`,
    // What the agreements will hold is still open: "maken we afspraken over hoeveel plekken er moeten zijn"
    String.raw`\b(maken|sluiten) (wij|we)\b[^.;]{0,30}\bafspraken (met (\S+ ){1,3}?)?over (hoe|hoeveel|wat|welke|wie|of)\b`,
    // Another document says how: "Hoe de teams de basisfuncties invullen, beschrijft het toegangskader",
    // "…, beschrijft elke gemeente in haar eigen beleidsplan"
    String.raw`^(wie|welke?|hoe|wat|waar|wanneer|of)\b[^.;]{0,200}(,| \u2013| -) (beschrijft|beschrijven|regelt|regelen|bepaalt|bepalen|legt|leggen|werkt|werken) ((\S+ ){0,3}?in )?(het|de|een|haar|zijn|hun) (eigen )?(\S+ ){0,2}?\w*(kader|plan|programma|strategie|nota|notitie|agenda|convenant|verordening|document|protocol|profiel)\b`,
    // … or "…, komt in het inkoopdocument"
    String.raw`^(wie|welke?|hoe|wat|waar|wanneer|of)\b[^.;]{0,200}(,| \u2013| -) (komt|komen) in (het|de|een) (\S+ ){0,2}?\w*(kader|plan|programma|strategie|nota|notitie|agenda|convenant|verordening|document|protocol|profiel)\b`,
    // An open question still to be talked over: "Of wij aanbieders vragen …, bespreken wij in de marktconsultatie"
    String.raw`^(wie|welke?|hoe|wat|of)\b[^.;]{0,200}, (bespreken|bespreekt|overleggen|overlegt) (wij|we|zij|het bestuur|de regio|de gemeenten)\b`,
    // … or with the verb first and a coming year: "Partijen bespreken in 2026 of en op welke wijze de aanbieders inzicht geven"
    String.raw`\b(bespreken|bespreekt|bekijken|bekijkt|bepalen|bepaalt|besluiten|besluit|beslissen|beslist)\b[^.;]{0,30}\b(in|voor|na|uiterlijk|begin|medio|eind) (het (voorjaar|najaar) van )?(19|20)\d\d,? (of|hoe|welke?|wie|in hoeverre)\b`,
    // In the words of a formal text: "Ten aanzien van de vraag welk orgaan … optreedt, wordt … een voorstel
    // voorbereid, in afwachting waarvan …", "zal bij de eerstvolgende wijziging nader worden geregeld"
    String.raw`\bten aanzien van de vraag (wie|welke?|hoe|of|wat)\b|\bin afwachting (waarvan|daarvan)\b|\bnader (worden |te worden |zullen worden )?(geregeld|uitgewerkt|bepaald|ingevuld)\b`,
    // Something still to be added to the text: "dat de werkgroep een overgangsregeling zal toevoegen"
    String.raw`\b(zal|zullen) (\S+ ){0,4}?(toevoegen|aanvullen|invullen|uitwerken|opnemen|beschrijven)\b`,
    // Agreements still to be made in a coming year: "maken wij in de loop van 2026 nieuwe capaciteitsafspraken"
    String.raw`\b(maken|sluiten) (wij|we)\b[^.;]{0,40}\b(in|voor|na|uiterlijk) (de loop van |het (voorjaar|najaar) van )?(19|20)\d\d\b[^.;]{0,30}\b(nieuwe )?\w*(afspraken|contracten|overeenkomsten)\b`,
    // A choice made at a later moment: "de keuze voor één variant valt in het najaar van 2026"
    // … or at a meeting in a coming month: "die keuze volgt in het bestuurlijk overleg van januari 2026"
    String.raw`\b(keuze|beslissing|besluit)\b[^.;]{0,60}\b(valt|vallen|volgt|wordt gemaakt|wordt genomen)\b[^.;]{0,20}\b(in|na|voor|begin|medio|eind|uiterlijk|rond) (het |de )?(\S+ ){0,4}?((19|20)\d\d|voorjaar|najaar|zomer|winter)\b`,
    // A plan of its own still to come: "Daar komt een apart plan voor", "hiervoor volgt een eigen notitie"
    String.raw`\b(daar|hier|hiervoor|daarvoor|daarover|hierover) (komt|volgt|maken wij|schrijven wij) (nog )?een (apart|aparte|eigen|afzonderlijk|afzonderlijke|nieuw|nieuwe) \w*(plan|notitie|nota|document|regeling|kader|protocol|voorstel)\b`,
    // A trial in some members only: "Afspraak 7 (proef)", "een pilot in twee van de vijf gemeenten"
    String.raw`\((proef|pilot)\)|\b(proef|pilot|proeftuin)\w* (in|bij) (\S+ ){0,4}?(twee|drie|vier|\d+|enkele|sommige) (van de (\S+ )?)?gemeenten\b`,
    // Held over: "wordt aangehouden"
    // (not a reserve or capacity that "wordt aangehouden", i.e. kept)
    // The look back runs only where "aangehouden" matched, never at every position of the sentence.
    String.raw`\b(wordt|worden|is|zijn) aangehouden\b(?<!(reserve|buffer|capaciteit|plekken|plaatsen|bedden|budget|voorraad|bedrag)[a-z]{0,20} [^.;]{0,80}aangehouden)`,
    // Arrangements still to be made: "maken de regio's nog afspraken", "nog afspraken te maken"
    String.raw`\b(maken|maakt|moeten|komen)\b[^.;]{0,60}\bnog\b[^.;]{0,20}\bafspraken\b|\bnog afspraken\b`,
    // Only when the money is there: "zodra daarvoor middelen beschikbaar zijn", "als er in 2026 budget is"
    String.raw`\b(zodra|mits)\b[^.;]{0,30}\b(middelen|geld|budget|ruimte|capaciteit)\b`,
    String.raw`\b(als|indien|wanneer) er (\S+ ){0,3}?(voldoende |genoeg |extra )?(budget|middelen|dekking|geld voor)\b[^.;,]{0,20}\b(is|zijn|beschikbaar|komt|komen)\b`,
  ].join('|'),
)

/**
 * Looking into something that is not decided yet ("wij gaan verkennen", "kijken wij of", "wordt in het
 * landsdeel onderzocht"): a deferral, unless it is an evaluation of what was decided (`EVALUATION`).
 */
export const LOOKING_INTO = new RegExp(
  [
    // The parties still to find out whether: "onderzoeken partijen in 2026 of aanvullende afspraken nodig zijn"
    // (but "bekijken wij met de raden of deze keuze werkt" is an evaluation)
    String.raw`\b(onderzoeken|onderzoekt|verkennen|verkent|bekijken|bekijkt|bezien|nagaan) (wij|we|partijen|de partijen|de regio|de gemeenten|gemeenten|het bestuur|de colleges)\b[^.;]{0,30}\b(of|in hoeverre)\b`,
    // Talks still going on: "Over crisishulp zijn wij in gesprek met de buurregio's"
    String.raw`\b(zijn|is) (wij |we |de regio |de gemeenten )?(nog )?in gesprek (met|over)\b`,
    // … and stay so: "dat de regio met aanbieders in gesprek blijft over continuïteit"
    String.raw`\bin gesprek (blijft|blijven) over\b|\b(blijft|blijven) (\S+ ){0,6}?in gesprek over\b`,
    // "wij gaan verkennen", "gaan onderzoeken welke vorm"
    // (not what happens if a condition is met: "Als blijkt dat de tarieven niet aansluiten, gaan wij met u in gesprek.")
    String.raw`\b(gaan|gaat)\b(?<!^(als|wanneer|indien|mocht|mochten)\b[^.;]{0,150}(gaan|gaat))[^.;]{0,50}\b(verkennen|onderzoeken|bekijken|bezien|uitzoeken|uitwerken|in kaart brengen|in beeld brengen|nagaan|nadenken|inventariseren|in gesprek)\b`,
    // "kijken wij of/hoe …" puts off; "kijken wij over de regiogrens heen" does not
    // (nor "kijken we naar het hele gezin": how the team works)
    String.raw`\b(kijken|bekijken) (wij|we)\b(?! (over|verder|breder|ook verder)\b| (samen )?naar (het |de )?(hele |gehele )?(gezin|kind|kinderen|jongere|jongeren|jeugdige|situatie|thuissituatie|leefgebieden)\b)|\b(wij|we) (kijken|bekijken)\b(?! (over|verder|breder|ook verder)\b| (samen )?naar (het |de )?(hele |gehele )?(gezin|kind|kinderen|jongere|jongeren|jeugdige|situatie|thuissituatie|leefgebieden)\b)`,
    String.raw`\b(wij|we) (verkennen|onderzoeken|bekijken|bezien|inventariseren|verkennen)\b`,
    String.raw`\b(verkennen|onderzoeken|bekijken|bezien|inventariseren) (wij|we)\b`,
    String.raw`\bwordt (nog )?(bepaald|bezien|onderzocht|verkend|uitgezocht)\b`,
    // A state of still being studied or prepared: "welke capaciteit nodig is: nog in onderzoek"
    // … or of talks: "wie het aanspreekpunt wordt, is nog onderwerp van gesprek"
    String.raw`\bnog in (onderzoek|ontwikkeling|voorbereiding|bespreking|overleg|verkenning)\b|\bnog (\S+ )?onderwerp van (gesprek|overleg|discussie)\b`,
    String.raw`\bopnieuw (bekeken|bezien)\b`,
    // Studied by others: "wordt in het landsdeel onderzocht"
    String.raw`\b(wordt|worden)\b[^.;]{0,40}\b(onderzocht|verkend|bezien|bekeken|uitgezocht)\b`,
  ].join('|'),
)

/**
 * An arrangement that leaves members free: a member that does not agree "is niet aan het besluit
 * gebonden", "iedere gemeente kiest zelf haar uitvoeringsvariant", "wij kiezen ervoor dit niet te
 * harmoniseren". What it is about is then no regional arrangement, only a partial one.
 */
export const LIMITS = new RegExp(
  [
    String.raw`\b(is|zijn|blijft|blijven)\b[^.;]{0,20}\bniet\b[^.;]{0,30}\bgebonden\b|\bniet gebonden\b`,
    String.raw`\b(kiest|kiezen|bepaalt|bepalen|regelt|regelen)\b (\S+ ){0,3}?(elke|iedere|ieder|afzonderlijke) (gemeente|deelnemer|deelnemende gemeente)n? (\S+ ){0,2}?zelf\b`,
    String.raw`\b(elke|iedere|ieder) (gemeente|deelnemer|deelnemende gemeente) (kiest|bepaalt|regelt) (\S+ ){0,2}?zelf\b`,
    String.raw`\bniet (te )?(harmoniseren|uniformeren|gelijktrekken)\b`,
  ].join('|'),
)

/**
 * A staged roll-out: the remaining members follow on a date ("de andere twee volgen in 2026"), after a
 * sentence that says it is already in place in part ("in vier van de zes gemeenten werkt al …"). What
 * is in place is arranged; the rest is a date, not a deferral.
 */
export const REST_FOLLOWS =
  /^(?![^.;]{0,60}\b(uitwerking|besluit|keuze|voorstel|plan|notitie|nota|onderzoek|afspraken|regeling)\b)([^.;,:]{0,60}|(\S+, )+\S+ en \S+ )\b(volgen|volgt) (in|uiterlijk in|vanaf|per|voor|begin|medio|eind) (\S+ ){0,2}?(19|20)\d\d\s*[.;]?$/
const PART = String.raw`((\d+|${NUMBER_WORDS}) van de (\d+|${NUMBER_WORDS})|een deel van de|enkele|sommige|de meeste)`
export const IN_PLACE_IN_PART = new RegExp(
  [
    String.raw`\b${PART}\b[^.;]{0,80}\b(al|reeds)\b|\b(al|reeds)\b[^.;]{0,80}\b${PART}\b`,
    String.raw`^(in|bij) (\d+|${NUMBER_WORDS}) (van de (\d+|${NUMBER_WORDS}) )?gemeenten (werkt|werken|is|zijn|heeft|hebben|geldt|gelden|bestaat|bestaan)\b`,
    // "Zeven van de negen gemeenten hebben een POH-jeugd": a part counted out, the others follow
    String.raw`^(\d+|${NUMBER_WORDS}) van de (\d+|${NUMBER_WORDS}) (gemeenten|teams|wijkteams|jeugdteams|huisartsen\w*|praktijken) (\S+ )?(werkt|werken|is|zijn|heeft|hebben|gebruikt|gebruiken)\b`,
    // "In Mierhout en Hoefsloot draaien sinds 2023 …": named municipalities, the others follow
    String.raw`^in \S+( en \S+|(, \S+)+ en \S+) (draait|draaien|werkt|werken|is|zijn|geldt|gelden|bestaat|bestaan|heeft|hebben) (al|sinds|inmiddels|reeds)\b`,
  ].join('|'),
)

/** Not arranged yet: "is nog niet afgesproken", "er zijn nog geen afspraken", "nog geen keuze gemaakt". */
export const NOT_YET =
  /\bnog (niet|geen)\b|\bnog niets (besloten|afgesproken|vastgelegd|geregeld|bepaald|gekozen|beslist)\b/
/** … but not in a condition: "als de hulp nog niet klaar is", "is de hulp dan nog niet klaar, dan …". */
// (nor what is still open, named as a whole: "eerlijk over wat nog niet besloten is")
export const CONDITIONAL_NOT_YET =
  /\b(en|over|aan|bij) wat (er )?nog niet\b|^wat (er )?nog niet\b[^.;]{0,40}\b(heb|hebben|staat|staan|stond)\b[^.;]{0,40}\b(opgeschreven|beschreven|genoemd|benoemd|vermeld)\b|\b(als|wanneer|indien|zolang|mocht)\b(?! (geheel|eerste|tweede|laatste|zodanig|regio)\b)[^,.;:]{0,60}\bnog (niet|geen)\b|^(is|zijn|heeft|hebben|wordt|kan)\b[^.;]{0,80}\bnog (niet|geen)\b[^.;]{0,80}, dan\b/

/**
 * … nor in how things stand: what does not work well yet ("Wat nog niet goed genoeg gaat: de aansluiting …",
 * "de overdracht loopt nog niet soepel"), a problem the vision starts from; or a budget that has yet to take
 * a decision in ("Dat is nog niet verwerkt in de begrotingen 2027"): the money follows what is decided.
 */
export const NOT_YET_AS_STATE =
  /\bnog niet (\S+ )?(verwerkt|opgenomen|meegenomen|doorgerekend) in (de|het|onze) (\S+ )?(meerjaren)?(begroting|begrotingen|kadernota|voorjaarsnota)\b|\b(gaat|gaan|loopt|lopen|werkt|werken|verloopt|verlopen)\b[^.;]{0,30}\bnog niet (\S+ )?(goed|soepel|optimaal|voldoende|vlot)\b|\bnog niet (\S+ )?(goed|soepel|optimaal|voldoende|vlot)( genoeg)? (gaat|gaan|loopt|lopen|werkt|werken|verloopt|verlopen)\b/

/**
 * A moment of evaluation or monitoring: looking at how something that is decided works ("in 2028
 * bekijken wij met de aanbieders hoe de variant werkt", "halverwege evalueren wij de visie"). Not a
 * deferral: what is evaluated has been decided.
 */
export const EVALUATION = new RegExp(
  [
    String.raw`\b(bekijken|kijken|bezien|evalueren|toetsen|monitoren|volgen|nagaan|bekeken|gekeken|nagegaan|getoetst)\b[^.;]{0,90}\b(hoe|of) (\S+ ){0,7}?(werkt|werken|bevalt|bevallen|uitpakt|uitpakken|uitwerkt|loopt|lopen|gaat|functioneert|functioneren|effect heeft|oplevert|past|passen|voldoet|voldoen|volstaat|volstaan|klopt|kloppen|toereikend is|gehaald|behaald|bereikt)\b`,
    String.raw`\b(evalueren|evalueert|evaluatie\w*|tussenevaluatie\w*|midterm\w*|monitoren|monitort|monitoring)\b`,
    // Looking back: "eind 2026 kijken we met jongeren en ouders terug op de eerste twee jaar"
    String.raw`\b(kijken|kijkt|blikken|blikt)\b[^.;]{0,60}\bterug\b`,
  ].join('|'),
)

/** Back to a moment just named ("Wij kijken dan …", "Daarbij bekijken wij …"): after an evaluation, part of it. */
export const AT_THAT_MOMENT = /\b(dan|daarbij|daarin|hierbij|bij die gelegenheid)\b/

/**
 * A rule for what happens when something occurs: "als een aanbieder stopt, dan …", "wijkt de kostprijs
 * meer dan 10% af, dan gaan wij in gesprek", "bij grote afwijkingen gaan we in gesprek"). Talking or looking
 * into it then is the arrangement itself.
 */
// (also for whoever it applies to: "Wie structureel boven het tarief uitkomt, gaat met ons in gesprek")
export const CONDITIONAL_RULE =
  /^wie\b[^.;,]{3,100}, (gaat|gaan|komt|komen)\b[^.;]{0,30}\bin (gesprek|overleg)\b|^bij [^.;,]{3,60} (gaan|gaat) (wij |we |de regio |het \w+ )?(\S+ )?in (gesprek|overleg)\b|\b(als|wanneer|indien|mocht|zodra)\b[^.;]{0,120}, dan\b|(?:^|[.|] )(is|zijn|wordt|worden|heeft|hebben|blijkt|blijken|wijkt|wijken|dreigt|dreigen|stopt|stoppen|komt|komen|valt|vallen|kan|kunnen|moet|moeten|gaat|gaan)\b[^.;]{0,120}, dan\b/

/** Whether a sentence puts something off: a deferral, "nog niet" outside a condition, or looking into something that is not an evaluation or a rule. */
/** An item of a checklist not ticked off ("[ ] Capaciteitsafspraken per functie", "☐ …"): still to be done. */
export const UNCHECKED = /^(\[ \]|\u2610)/

export function defers(test: (re: RegExp) => boolean): boolean {
  if (test(DEFERRAL) || (test(NOT_YET) && !test(CONDITIONAL_NOT_YET) && !test(NOT_YET_AS_STATE))) return true
  // (an evaluation still to come on the list is no deferral: "[ ] Evaluatie van de GR")
  if (test(UNCHECKED) && !test(EVALUATION)) return true
  return test(LOOKING_INTO) && !test(EVALUATION) && !test(CONDITIONAL_RULE)
}

/** Firm intention words: "wij willen", "wij streven naar". Never evidence. */
export const INTENTION = new RegExp(
  [
    String.raw`\b(wij|we|zij|gemeenten|de regio|de gemeenten|het samenwerkingsverband) (willen|wil|streven|streeft|wensen|wenst|beogen|beoogt|hopen|hoopt|ambieren|zouden)\b`,
    // … and a board's wish: "het algemeen bestuur wil in 2024 een besluit nemen"
    String.raw`\b(bestuur|college|colleges|stuurgroep) (wil|willen|streeft|streven|wenst|wensen|beoogt|beogen|hoopt|hopen)\b`,
    String.raw`\b(willen|streven|wensen|beogen|hopen|ambieren) (wij|we)\b`,
    // An adviser's recommendation: "wij bevelen aan om de wachttijden op één manier te laten registreren"
    String.raw`\b(bevelen|beveelt|bevalen|beval) (\S+ ){0,3}?aan\b|\b(wij|we|het bureau|de adviseur) (adviseren|adviseert)\b`,
    // In the first person of an interview or an essay: "ik hoop dat we langer kunnen contracteren"
    String.raw`\bik (hoop|wil|wens|streef)\b|\b(hoop|wil|wens) ik\b|\bhopelijk\b`,
    String.raw`\b(streven|streeft) naar\b|\b(het|ons) streven is\b`,
    // What was wished for but not done: "wij hadden willen vastleggen", "zouden graag zien"
    String.raw`\b(hadden|had|zouden|zou) (\S+ ){0,2}?(willen|graag)\b`,
    // A wish to involve people, also at the end of a clause: "dat zij jongeren en ouders wil betrekken bij de evaluatie"
    String.raw`\b(wil|willen|wilde|wilden) (graag )?(betrekken|raadplegen|consulteren|horen|uitnodigen|laten meedenken|laten meepraten)\b`,
    // Someone's wish in a discussion: "de wethouder van Elbergen wil dat aanbieders …"
    String.raw`\b(wil|willen) (graag )?dat\b`,
    String.raw`\b(onze|de) ambitie is\b`,
    // A topic named as one that stays important, with nothing of its own: "… blijft een belangrijk thema"
    String.raw`\b(blijft|blijven) (\S+ )?(een )?(belangrijk|groot|blijvend)e? (thema|aandachtspunt|speerpunt|punt van aandacht)\b`,
    // A wish as a label: "Wens: meer consultatie", "Streven: …"
    String.raw`^(wens|wensen|streven|voornemen|ambitie)\s*:`,
    // Importance is no arrangement: "heeft in Kalkwaard hoge prioriteit"
    String.raw`\b(heeft|hebben|krijgt|krijgen)\b[^.;]{0,30}\b(hoge|de hoogste|veel|extra|onze) (prioriteit|aandacht)\b`,
    String.raw`\b(nemen (wij|we)|(wij|we) nemen)\b[^.;]{0,100}\bmee\s*[.;]?$`,
    String.raw`\b(houden|houdt) (wij|we)\b[^.;]{0,60}\brekening met\b`,
    String.raw`\b(wij|we) (vinden|achten) (het )?(belangrijk|wenselijk|van belang)\b`,
    // Desirable is not arranged: "voor crisishulp is bovenregionale samenwerking wenselijk"
    String.raw`\b(is|zijn|lijkt|lijken|blijft|blijven) (\S+ ){0,6}?(wenselijk|gewenst)\b|\b(wenselijk|gewenst) (is|zijn|lijkt|lijken)\b`,
    // An opinion of what ought to be: "wij vinden dat aanbieders een eerlijke prijs moeten krijgen"
    // (not a relative clause that names what it is about: "zeven functies waarvan wij vinden dat zij beschikbaar moeten zijn")
    String.raw`(?<!\b(waarvan|die|welke|waarvoor) )\b(wij|we) vinden dat\b[^.;]{0,80}\b(moet|moeten|zou|zouden)\b`,
    String.raw`\b(vindt|vinden) (de regio|het bestuur|de gemeenten|de colleges|wij|we) dat\b[^.;]{0,80}\b(moet|moeten|zou|zouden)\b`,
    String.raw`\b(onderschrijven|omarmen) (wij|we)\b|\b(wij|we) (onderschrijven|omarmen)\b`,
    String.raw`\baan de slag\b`,
    // A point of attention is no arrangement: "pleegzorg voor pubers is een aandachtspunt"
    String.raw`\b(is|zijn|blijft|blijven|vormt|vormen) (\S+ ){0,2}?aandachtspunt(en)?\b|\baandachtspunt(en)? (is|zijn|blijft|blijven|vormt|vormen)\b`,
    // Preferences and deliberation are not a choice: "geven de voorkeur aan", "hebben belangstelling voor"
    // Plans of other parties are not the region's: "het Rijk werkt aan", "de VNG ontwikkelt"
    String.raw`\b(het rijk|de vng|het ministerie|de minister|de staatssecretaris|de jeugdautoriteit)\b[^.;]{0,30}\b(werkt aan|werken aan|ontwikkelt|bereidt|komt met|onderzoekt|wil|is van plan)\b`,
    String.raw`\b(voorkeur|belangstelling|interesse) (voor|aan|om)\b|\boverwegen\b|\boverweegt\b|\b(wil|willen) (overstappen|overgaan|kiezen|eerst)\b`,
    String.raw`\bin (beschouwing|overweging) ((wordt|worden) )?(genomen|nemen|neemt)\b`,
    // Recognising a need or a problem is no arrangement: "wordt onderkend dat er verbeterpotentieel bestaat"
    String.raw`\b(wordt|worden) (onderkend|erkend)\b|\b(onderkent|onderkennen|erkent|erkennen|onderschrijft|onderschrijven|delen|deelt|zien|ziet) (\S+ ){0,2}?(het belang|de noodzaak|dat(?! (model|rekenmodel|plan|document|kader|stuk|overzicht|systeem|bedrag|moment|deel)\b))\b|\b(is|zijn) zich (ervan |er )?(bewust|goed bewust)\b|\bverbeterpotentieel\b|\bruimte voor verbetering\b`,
  ].join('|'),
)

/**
 * A slogan: a short line without a verb that praises what it names ("✔ Korte lijnen, warme overdracht",
 * "Sterke lokale teams als stevige basis"). It says what the region values, not what it arranged.
 */
export const SLOGAN_START =
  /^[^a-z\d]{0,3}(goede|sterke|korte|stevige|warme|betere|snelle|heldere|nauwe|soepele|optimale|duidelijke|naadloze|vloeiende|echte)\b/
/** Finite verbs, auxiliaries and subjects that make a line a sentence rather than a slogan. */
export const FINITE_VERB =
  /\b(is|zijn|wordt|worden|heeft|hebben|kan|kunnen|moet|moeten|mag|mogen|zal|zullen|gaat|gaan|krijgt|krijgen|biedt|bieden|zorgt|zorgen|werkt|werken|komt|komen|staat|staan|geldt|gelden|houdt|houden|maakt|maken|neemt|nemen|doet|doen|blijft|blijven|ligt|liggen|zit|zitten|levert|leveren|loopt|lopen|kost|kosten|vraagt|vragen|wij|we|zij|ze|jij|je|u)\b/
const MAX_SLOGAN_WORDS = 16

function slogan(norm: string, test: (re: RegExp) => boolean): boolean {
  if (!test(SLOGAN_START) || /\d/.test(norm) || test(FINITE_VERB)) return false
  let words = 1
  for (let i = 0; i < norm.length && words <= MAX_SLOGAN_WORDS; i++) if (norm.charCodeAt(i) === 32) words++
  return words <= MAX_SLOGAN_WORDS
}

/** Soft future ("wij gaan", "zullen wij"): evidence only with concrete detail (a year, a number). */
export const SOFT_INTENTION =
  /\b(gaan|gaat|zullen|zal) (wij|we)\b|\b(wij|we) (gaan|zullen)\b(?! (uit|ervan uit)\b)|\b(zal|zullen)\b[^.;]{0,60}\bworden\b/

/** Verbs of preparing something that does not exist yet ("een protocol opstellen", "afspraken maken"). */
export const PREPARING =
  /\b(opstellen|ontwikkelen|uitwerken|maken|inrichten|opzetten|organiseren|starten|voorbereiden|verkennen|onderzoeken|bekijken|invoeren|aanpassen|vormgeven)\b/

/** Fixed phrases of denial ("nog niet" apart: `NOT_YET`, which a condition takes back). */
export const NEGATION = new RegExp(
  [
    String.raw`\b(is|zijn) er\b[^.;]{0,30}\b(geen|niet)\b`,
    String.raw`\bontbre(ekt|ken|kend)\b`,
    // Left out on purpose: "een verplichting tot inzage hebben we er bewust uitgelaten"
    String.raw`\b(hebben|heeft|is|zijn|werd|werden)\b[^.;]{0,40}\b(uitgelaten|weggelaten|buiten beschouwing gelaten)\b`,
    // "Het aanspreekpunt heeft die bevoegdheid niet"
    String.raw`\b(heeft|hebben|had|hadden) (die|deze|dat|dit|daar|daartoe) \S+ niet\b`,
    // Someone finds it missing: "De raad mist in de visie wie namens de regio spreekt."
    String.raw`\b(mist|missen|miste|misten) (nog |daarin |hierin |in (de|het|deze|dit) \S+ )`,
    String.raw`\bgeen (afspraken|zicht|keuze|aanspreekpunt|regeling|duidelijkheid|overzicht|sturing|goede)\b`,
    String.raw`\bniet (geregeld|vastgelegd|afgesproken|bekend|duidelijk|gemaakt|goed|besloten|beslist|gekozen|bepaald|vastgesteld)\b`,
    String.raw`\b(hebben|heeft) (wij |we )?(nog )?geen\b`,
    String.raw`\bonvoldoende\b`,
    // "is er nog vrijwel niets vastgelegd", "daarover is niets afgesproken"
    String.raw`\b(niets|niks)\b[^.;]{0,30}\b(vastgelegd|geregeld|afgesproken|besloten|bekend|ingericht|uitgewerkt|gedaan)\b`,
  ].join('|'),
)

/**
 * Uses of "niet" and "geen" that do not deny what the sentence says: comparisons ("niet meer dan"),
 * "niet alleen … maar ook", rules and guarantees ("hoeft niet te wachten", "mag geen jeugdige
 * weigeren", "niet vrijblijvend"), conditions ("als een aanbieder niet kan leveren") and what no
 * longer needs to happen ("geen verwijzing nodig"). They are blanked before looking for a denial.
 */
const NOT_A_DENIAL = new RegExp(
  [
    String.raw`\bniet (alleen|enkel|slechts|meer dan|langer dan|later dan|eerder dan|minder dan|vaker dan|zomaar|vrijblijvend|ver)\b`,
    // How payment works: "er wordt niet per cliënt of per uur gedeclareerd"
    String.raw`\bniet per (uur|client|traject|product|dag|maand|jaar|jeugdige)\b`,
    // No longer so: "er wordt niet meer per uur verantwoord", "gemeenten voeren geen eigen controles meer uit"
    String.raw`\bniet meer (per|via|op|bij) \w+`,
    String.raw`\bgeen ((eigen|aparte|losse|extra|lokale|afzonderlijke) )?\w+ meer\b`,
    // … with what is no longer done: "er is geen tijdschrijven per uur meer"
    String.raw`\bgeen \w+ (per|op|in|bij|voor) \w+ meer\b`,
    // A rule that forbids leaving: "geen uitstappen per gemeente tijdens de looptijd"
    String.raw`\bgeen (tussentijds\w* )?(uitstappen|uittreden|uittreding|opzegging|opzeggen)\b`,
    // No limit is a guarantee: "voor pleegzorg en verblijf geldt geen einddatum"
    String.raw`\b(geldt|gelden|is|zijn|komt|komen) (er )?geen (einddatum|einddata|eindtermijn|termijn|maximum|maximale duur|beperking|limiet|wachttijd)\b`,
    // Nothing objected: "geen zienswijze ingediend", "zonder amendementen"
    String.raw`\bgeen (zienswijzen?|bezwaren?|opmerkingen|amendementen?|wensen en bedenkingen)\b`,
    // A short contrast after what is said: "Ze halen de specialist erbij, niet ernaartoe."
    String.raw`, (en )?niet (\S+ ){0,3}?\S+\s*[.!]?$`,
    // … or inside it: "betaald per afgerond traject, niet per uur"
    String.raw`, niet (per|op|via|met|voor|in) \w+\b`,
    String.raw`\bniet-\w+`,
    // Frequency, not denial: "zit niet elk jaar in onzekerheid", "hoeft niet iedere keer opnieuw"
    String.raw`\bniet (elk|ieder|iedere|elke) (jaar|keer|maand|week|dag|kwartaal|uur|dagdeel)\b`,
    String.raw`\b(of|zo|waar) niet\b`,
    String.raw`\b(hoeft|hoeven|hoef|mag|mogen|kan|kunnen|moet|moeten|zal|zullen) (\S+ ){0,5}?(niet|geen)\b`,
    String.raw`\b(niet|geen) (\S+ ){0,4}?(hoeft|hoeven|te hoeven|mag|mogen|nodig|weigeren|geweigerd|afwijzen|afgewezen|weggestuurd|stoppen|gestopt|vallen|wachten|opnieuw)\b`,
    // Someone's words quoted: "Niet steeds een nieuw gezicht" (what a young person said, not a denial)
    String.raw`"[^"]{1,200}"|\u201c[^\u201d]{1,200}\u201d|\u201e[^\u201d]{1,200}\u201d`,
    // … or said of the members: "geen enkele gemeente vraagt aanvullende verantwoordingsinformatie"
    String.raw`\bgeen (enkele )?gemeente\b[^.;]{0,30}\b(aanvullende|eigen|extra|afwijkende|andere)\b`,
    // Uniform terms: "geen aanvullende eisen", "geen lokale aanvullingen", "geen eigen afwijkingen".
    String.raw`\bgeen ((aanvullende|eigen|extra|afwijkende|andere|lokale|gemeentelijke) ){1,2}\w*(eisen|voorwaarden|regels|formulieren|aanvullingen|afwijkingen|uitzonderingen|afspraken)\b`,
    // "niet voor de inspanningsgerichte variant, maar voor de outputgerichte": what follows "maar" stands
    String.raw`\bniet (voor|om|door|met|bij|in|op|via|per) [^.;]{0,80}?,? maar\b`,
    String.raw`(\b(als|wanneer|indien|zodra|mocht|tenzij|zolang|waardoor|zodat|omdat|wie)|\b(die|dat)(?! (tijd|moment|jaar|datum|periode|punt)\b))\b[^,.;:]{0,60}?\b(niet|geen)\b`,
    // A condition with the verb first: "loopt het contract niet door, dan …", "krijgt een aanbieder geen plek, dan …"
    String.raw`(?:^|: )[a-z]+ (het|de|een|er|zijn|haar|hun)\b[^,.;:]{0,80}\b(niet|geen)\b[^.;]{0,100}?, dan\b`,
    // A guarantee that nobody has to move: "zullen niet … van verblijfplaats wisselen"
    String.raw`\bniet\b[^.;]{0,80}\b(van )?(verblijfplaats|plek|woonplek|aanbieder|hulpverlener|behandelaar|pleeggezin|gezinshuis) (hoeven |hoeft |zullen |zal )?(te )?(wisselen|veranderen|verhuizen)\b`,
    String.raw`\bgeen (nieuw\w* )?(contract|overeenkomst|plek|wachtlijst|wachttijd|wachtlijsten|wachttijden|drempel|verwijzing|beschikking|indicatie)\w*`,
    String.raw`\bzonder\b`,
    // (also without the comma: "… per halfjaar op het niveau van de opdracht plaatsvindt en niet op het niveau van de
    // individuele jeugdige.")
    String.raw`(,\s*(en |dus |maar )?| en )(niet|geen) (per|op|in|met|via|bij|naar|voor|als) [^,.;]{0,60}[.!]?$`,
    // A purpose that avoids something: "Om aanbieders niet extra te belasten, blijven wij … toepassen"
    String.raw`^om\b[^,.;]{0,80}\b(niet|geen)\b[^,.;]{0,60}\bte \w+[^,.;]{0,40},`,
  ].join('|'),
  'g',
)
const DENIAL = /\b(niet|geen|nooit)\b/

/**
 * Whether a "niet", "geen" or "nooit" in the sentence denies or limits what it says ("jongeren zijn
 * hier niet bij betrokken"), beyond the fixed phrases of NEGATION (which `markersOf` tests first).
 */
function deniesByWord(norm: string): boolean {
  if (!DENIAL.test(norm)) return false
  return DENIAL.test(norm.replace(NOT_A_DENIAL, ' '))
}

const STANDARD =
  '(nvo|norm voor opdrachtgeverschap|norm|resolutie|vng|wet|jeugdwet|amvb|algemene maatregel van bestuur|besluit jeugdwet|wetgever|jeugdautoriteit|rijk)'

/** The sentence restates what the NvO or the law asks, instead of saying what the region does. */
export const RESTATEMENT = new RegExp(
  [
    // What the vision must describe at least: "Zij beschrijft in elk geval hoe de regio de wachttijden aanpakt, …"
    String.raw`^(zij|ze|die|deze|de (regio)?visie|een (regio)?visie) (beschrijft|bevat|regelt|omvat) (in elk geval|ten minste|minimaal)\b`,
    // The norm's own words in quotation marks: "er staat in dat de gemeenten "niet-vrijblijvend samenwerken"
    // en dat er "één gedragen aanspreekpunt" is"
    String.raw`"[^"]{0,30}\b(niet-? ?vrijblijvend\w*|een (gedragen |bestuurlijk |enkel )?aanspreekpunt|reele (tarieven|prijzen|prijs)|zorgvuldig (inkopen|ingekocht))\b[^"]{0,30}"`,
    // A reviewer's yardstick: "daarnaast toetsen wij aan de onderwerpen die de NvO noemt: …"
    String.raw`\b(toetsen|toetst|beoordelen|beoordeelt) (wij |we )?(\S+ ){0,3}?aan (de|het) (onderwerpen|eisen|criteria|norm|kader)\b`,
    // What every region must do: "elke jeugdregio moet nu een regiovisie hebben die …"
    String.raw`\b(elke|iedere) (jeugd)?regio (moet|moeten|dient)\b`,
    // What the vision must cover: "naast de onderwerpen uit de NvO moet zij ingaan op de wachttijden, …"
    String.raw`\b(moet|moeten) (zij|ze|de (regio)?visie|het document|deze visie|een regiovisie|elke regiovisie) (\S+ ){0,2}?(ingaan op|aandacht (besteden|geven) aan|bevatten|beschrijven)\b`,
    // (also "de wet en de bijbehorende algemene maatregel van bestuur vragen …")
    // (not a reason for telling something: "omdat de Jeugdautoriteit ernaar vraagt: de visie is opgesteld met …")
    // (not a relative clause on what the region's own text holds: "het rekenmodel bevat de kostprijselementen die
    // het Besluit Jeugdwet noemt: …")
    String.raw`^([^\s.;]+ ){0,6}?(?<!\b(die|welke) )(de |het )?${STANDARD}\b([^.;]{0,40}| en (de |het )?(\S+ )?${STANDARD}\b[^.;]{0,20})\b(?<!\b(ernaar|erom|daarnaar|daarom) )(vraagt|vragen|verplicht|verplichten|eist|eisen|schrijft|schrijven|bepaalt|verlangt|noemt|benoemt|omvat|stelt|gaat uit|beschrijft)\b`,
    String.raw`^([^\s.;]+ ){0,4}(vraagt|vragen|schrijft|verplicht|eist|bepaalt|verlangt|stelt) (de |het )?${STANDARD}\b`,
    String.raw`^([^\s.;]+ ){0,3}(in|volgens|met|conform|overeenkomstig) de ${STANDARD}\b`,
    // … or anywhere, opening a list of its requirements: "wij kopen zorgvuldig in, volgens de NvO: tijdig …"
    String.raw`\b(volgens|conform|overeenkomstig) (de |het )?${STANDARD}\s*:`,
    String.raw`\b(belangrijk )?onderdeel van de ${STANDARD}\b`,
    // "brengt in herinnering dat de NvO vraagt om …": what the norm asks, reported
    String.raw`\b(dat|wat) (de |het )?${STANDARD}\b[^.;]{0,30}\b(vraagt|vragen|eist|eisen|verlangt|verplicht|voorschrijft) (om|dat|van)\b`,
    // "de zorgvuldigheidseisen van de NvO", "zoals de norm vraagt", "… geven wij weer wat de norm vraagt:"
    String.raw`\b\w*(eisen|vereisten|verplichtingen) (van|uit) (de |het )?${STANDARD}\b`,
    // (not after what the region worked out: "zijn de volgende kostprijselementen berekend, zoals het Besluit vraagt:")
    String.raw`\bzoals(?<!\b(zijn|is|werden|werd|hebben (wij|we))\b[^.;]{0,80}\b(berekend|doorgerekend|opgenomen|vastgelegd|uitgewerkt|meegenomen)\b[^.;]{0,10}zoals) (de |het )?${STANDARD}\b[^.;]{0,30}\b(vraagt|vragen|eist|verlangt|voorschrijft|bepaalt|verplicht)\b`,
    // "de vijf basisfuncties zoals beschreven in de Norm voor Opdrachtgeverschap"
    String.raw`\bzoals (beschreven|bedoeld|genoemd|omschreven|opgenomen|vastgelegd) in (de |het )?${STANDARD}\b`,
    String.raw`\bwat (de |het )?${STANDARD}\b[^.;:]{0,30}\b(vraagt|vragen|eist|verlangt|voorschrijft|bepaalt)\s*:?\s*$`,
    String.raw`\bmits (de )?(aanbieders|zij|ze)\b`,
    // A minimum list of what a document must hold: "de visie bevat in ieder geval …"
    String.raw`\b(regiovisie|visie|norm|document|plan)\b[^.;]{0,30}\b(beschrijft|beschrijven|bevat|bevatten|omvat|omvatten|moet|moeten)\b[^.;]{0,20}\b(ten minste|minimaal|in elk geval|in ieder geval)\b`,
    String.raw`\b(regiovisie|visie|document|plan) (ten minste|minimaal|in elk geval|in ieder geval) (ingaat|ingaan|bevat|bevatten|beschrijft|beschrijven|behandelt|behandelen)\b`,
    // "NvO: aanbieders zijn transparant over hun tariefopbouw" (a requirement quoted as a line of its own)
    String.raw`^(de |het )?${STANDARD}( \w+)?\s*:`,
    // "De NvO noemt de volgende elementen:", "de visie moet de volgende onderwerpen bevatten" (not "ons
    // kostprijsmodel kent de volgende elementen:", the region's own)
    String.raw`^(?!(het |ons |onze |de )?(regionale |eigen )?\w*(model|methode|aanpak|berekening|tarief|tarieven|kostprijs)\b)[^.;]{0,80}\bde volgende (onderwerpen|elementen|opgaven|opgaves|thema's|punten|eisen)\b`,
    String.raw`\b(erkennen|onderschrijven) (gemeenten|wij|we) (dat|de)\b`,
    // A self-assessment is no evidence: "dit onderdeel is gereed", "hiermee voldoen wij aan de norm"
    String.raw`\b(dit onderdeel|deze opgave|dit punt|deze eis|dit element)\b[^.;]{0,40}\b(gereed|afgerond|op orde|voldaan|voldoet|in orde|compleet)\b`,
    // … or a tally of them: "op vijf van de acht opgaven gereed", "zes onderdelen staan op groen".
    String.raw`\bop (\w+|\d+) van de (\w+|\d+) (opgaven|onderdelen|eisen)\b|\b(opgaven|onderdelen|eisen)\b[^.;]{0,30}\b(gereed|afgerond|op orde|op groen|voldaan|in orde|compleet)\b`,
    String.raw`\bvolgens (onze|de|mijn) (eigen )?inschatting\b|\b(voldoen|voldoet) (wij|we|de regio)\b[^.;]{0,40}\baan\b|\b(wij|we|de regio) (voldoen|voldoet) aan\b|\bstatus\s*:\s*(gereed|afgerond|voldaan)\b`,
    // A quality the norm asks, as an ought: "de tarieven moeten reëel zijn", "aanbieders moeten open zijn over …"
    String.raw`\b(moet|moeten) (\S+ ){0,2}?(reeel|reele|open|transparant|eerlijk|passend|toereikend|voldoende|helder|duidelijk|zorgvuldig|tijdig|niet-vrijblijvend) (zijn|worden|verlopen)\b`,
  ].join('|'),
)

/**
 * A section or table that grades the document against the norm ("Zelfevaluatie NvO", "Opgave | Status"):
 * its rows are a self-assessment, never evidence.
 */
export const SELF_ASSESSMENT =
  /\b(zelfevaluatie|zelfscan|zelfbeoordeling|zelftoets|scorekaart|checklist)\w*|\btoets(ing)? aan de (nvo|norm)\b|^(nvo[- ])?(opgave|onderdeel|eis|element)\w*( (van de |uit de )?nvo)? \| (status|stand|beoordeling|score|oordeel)\b/

/**
 * A sentence that says the document holds no arrangement on what its paragraph is about ("De regiovisie
 * bevat hierover geen regionale afspraken", "Een regionale uitwerking is niet voorzien"): what the
 * paragraph names is then no evidence.
 */
export const DISCLAIMS = new RegExp(
  [
    String.raw`\b(hierover|daarover|hiervoor|daarvoor|op dit punt|over dit onderwerp)\b[^.;]{0,40}\bgeen\b[^.;]{0,20}\b(afspraken|afspraak|uitwerking|keuzes?|regels|aanpak)\b`,
    String.raw`\b(bevat|bevatten|kent|kennen|maken|maakt)\b (\S+ ){0,3}?(hierover|daarover|op dit punt) geen\b`,
    String.raw`\b(een |de )?(regionale|gezamenlijke) (uitwerking|afspraak|afspraken|aanpak) (is|zijn|wordt|worden) niet (voorzien|gemaakt|afgesproken)\b`,
    // "Afspraken daarover staan nog niet in de visie."
    String.raw`\b(afspraken|afspraak|uitwerking|keuzes?)\b[^.;]{0,30}\b(staan|staat) (\S+ ){0,2}?(nog )?niet in (de|deze|dit|het|onze) (regio)?(visie|document|stuk|nota|plan)\b`,
  ].join('|'),
)

/**
 * A sentence that says an element was left out of what was agreed ("Een verplichting tot inzicht in de
 * tariefopbouw is dan ook niet in de contracten opgenomen", "… heeft de regio niet overgenomen"): what
 * its section says for that element elsewhere is a wish or a proposal. (Not "… is niet afgesproken",
 * which may leave out one part only.)
 */
export const NOT_ADOPTED =
  /\b(hebben|heeft) (wij |we |de regio |de gemeenten )?(\S+ ){0,2}?niet (gekozen|aangewezen|benoemd)\b|\b(is|zijn|wordt|worden) (nog )?niet (gekozen|aangewezen|benoemd)\b|\b(is|zijn|wordt|worden|werd|werden) (dan ook |daarom |dus |bewust |uitdrukkelijk )?niet (in (de|het|onze|hun) (\S+ )?)?(opgenomen|overgenomen)\b|\b(heeft|hebben) (\S+ ){1,3}?niet overgenomen\b/

export const CONCRETE_NORM = new RegExp(
  String.raw`\d|€|\b(${NUMBER_WORDS})\b|\b(januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)\b`,
)
// A name: a capitalised word that does not start the sentence, or an acronym.
export const NAME = /(?<=[\p{Ll},;:)] )\p{Lu}[\p{L}-]{2,}|\b\p{Lu}{2,}\b/u

/**
 * A heading that only presents the NvO or the law ("Inhoud Norm voor Opdrachtgeverschap", "Wat de wet vraagt"),
 * or a glossary of its terms ("Bijlage 2 – Begrippenlijst"): definitions are not arrangements.
 */
export const RESTATING_HEADING =
  /^(\d+(\.\d+)*[.)]?\s*)?(bijlage( \w+)?[:.]?\s*(-|\u2013)?\s*)?(begrippenlijst|begrippen|woordenlijst|verklarende woordenlijst|definities|lijst van afkortingen|afkortingen(lijst)?)\b|^(\d+(\.\d+)*[.)]?\s*)?((de|het|inhoud( van)?( de)?|over de|uitgangspunten( van)?( de)?|opgaven( van| uit)?( de)?|eisen( van| uit)?( de)?) )?(nvo|norm voor opdrachtgeverschap( \(nvo\))?|norm voor opdrachtgeverschap jeugd)( \(\d\))?$|^(\d+(\.\d+)*[.)]?\s*)?([^:.]{0,60}: )?wat (de|het) (wet|nvo|norm|amvb)\b[^.]{0,30}\b(vraagt|vragen|verplicht|eist)\b/

/**
 * A paragraph opening with a run-in label that presents the norm ("Wat de norm vraagt. De regio kiest …",
 * "NvO: …"): every sentence of it restates the norm, as under a heading that does.
 */
export const RESTATING_LABEL =
  /^((\d+(\.\d+)*[.)]?\s*)?wat (de|het) (norm|nvo|wet|amvb)\b[^.:;]{0,30}\b(vraagt|vragen|eist|eisen|verlangt|verplicht)|(de )?(nvo|norm voor opdrachtgeverschap)( vraagt)?)\s*[.:]/

/**
 * A paragraph opening with a run-in label that marks a wish ("Ambitie. De gemeenten werken samen op een
 * manier die niet vrijblijvend is."): every sentence of it is an intention.
 */
export const INTENTION_LABEL =
  /^(ambitie|ambities|onze ambitie|wens|wensen|streven|voornemen|stip op de horizon)\s*[.:]/

/**
 * What held in an earlier period, told in the past tense ("tot 1 januari 2023 hadden de gemeenten een
 * gemeenschappelijke regeling", "in de vorige periode werkten de teams met …"): history, not an arrangement.
 */
export const PAST = new RegExp(
  [
    String.raw`\b(voorheen|destijds|vroeger)\b`,
    // What experience showed: "het jaarlijkse kostprijsonderzoek bleek nauwelijks uitvoerbaar"
    String.raw`\b(bleek|bleken)\b`,
    // An agreement that ran out: "het convenant waarin dat was geregeld, liep af op 31 december 2025"
    String.raw`\b(liep|liepen) (\S+ ){0,5}?af\b|\b(was|waren) (\S+ )?geregeld\b`,
    // An agreement that lapses: "VERVALT: de centrumregeling …", "Komt te vervallen: …"
    String.raw`^(vervalt|vervallen|komt te vervallen|komen te vervallen|gaat vervallen|niet meer van toepassing)\s*:`,
    // A development over the past years: "de afgelopen jaren zijn de kosten sterk gestegen"
    String.raw`\b(afgelopen|voorbije|vorige) (jaren|periode|twee jaar|drie jaar|vijf jaar)\b[^.;]{0,80}\b(gestegen|gedaald|toegenomen|afgenomen|gegroeid|verdubbeld)\b`,
    String.raw`\bin de (vorige|afgelopen|eerdere) (periode|visie|contractperiode|jaren)\b[^.;]{0,80}\b(hadden|had|werkten|werkte|waren|was|kende|kenden|trad|traden)\b`,
    String.raw`\b(tot|in de periode|in|van) (\d{1,2} \w+ |begin |eind |medio |half )?(19|20)\d\d\b[^.;]{0,80}\b(hadden|had|werkten|werkte|waren|was|kende|kenden|trad|traden)\b`,
    String.raw`\b(hadden|had|werkten|werkte|kende|kenden)\b[^.;]{0,80}\btot (\d{1,2} \w+ |begin |eind |medio |half )?(19|20)\d\d\b`,
  ].join('|'),
)

/**
 * A look back at an earlier period, as a heading or as the label a paragraph opens with ("Terugblik",
 * "Wat ging goed:", "Evaluatie van de vorige regiovisie"): what follows happened, it is not agreed now.
 */
export const RETROSPECTIVE =
  /^(([a-z]\.?)?\d+(\.\d+)*[.)]?\s*|[a-z][.)]\s*)?(terugblik\w*|terugkijken\w*|wat ging (\S+ )?(goed|mis|fout|beter|slecht)|wat (\S+ )?niet (lukte|is gelukt|gelukt is|goed ging|werkte)|(geleerde )?lessen$|evaluatie van de vorige (regiovisie|visie|periode))\b/

/**
 * A chapter of findings ("2. Bevindingen: organisatie en samenwerking") looks back as well; a run-in
 * "Bevindingen." in an audit's paragraph reports what the document under review says now.
 */
export const RETROSPECTIVE_HEADING = new RegExp(`${RETROSPECTIVE.source}|^(\\d+(\\.\\d+)*[.)]?\\s*)?bevindingen\\b`)

/** A section of actions still to be taken ("Actiepunten voor het RBO", "Actielijst"): each item is work to do. */
export const ACTION_HEADING =
  /^(\d+(\.\d+)*[.)]?\s*)?(actiepunt\w*|actielijst\w*|acties (die )?(nog )?(te|moeten|voor)\b|openstaande (punten|acties)\b)|^((dia|slide) \d+\s*[-\u2013:]\s*)?(hoe (nu )?verder|vervolgstappen|(de )?(volgende|komende) stappen|wat gaat er (nu )?gebeuren)\b/

/** A sentence that ends in a question mark, perhaps inside closing quotes or a bracket. */
const QUESTION_END = /\?["'\u201d\u2019)\]]*\s*$/
/**
 * … that tells what a meeting talked about, as the question it put: "Jeugdhulpaanbieders reageerden in drie
 * bijeenkomsten op de beloften: kunnen zij ze waarmaken?". The account before the colon is a statement.
 */
const DISCUSSED_QUESTION =
  /^[^:?]{0,200}\b(reageerde|reageerden|bespraken|besprak|spraken|sprak|praatten|praatte|discussieerden|discussieerde|dachten|dacht|legden|legde)\b[^:?]{0,120}:\s[^:?]*\?["'\u201d\u2019)\]]*\s*$/

/** A question reported in minutes: "Hij vraagt ook wie er namens de regio spreekt …", "vroeg of de raad …". */
// … or what a party asks for or proposes: "Het Brancheoverleg vraagt om: …", "stelt voor het rekenmodel
// van de branche te gebruiken", "pleit voor langere contracten" (the region's own "wij vragen aanbieders
// om …" is a requirement, and "goede hulp vraagt om een eerlijke prijs" a need, not a request)
export const REPORTED_QUESTION =
  /\b(vraagt|vroeg|vragen|vroegen) (\S+ ){0,2}?(wie|wat|hoe|of|waarom|welke|wanneer|waar|naar)\b|\b(wil|wilde|willen|wilden) (\S+ ){0,2}?weten\b|(?<!\b(wij|we) )\b(vraagt|vroeg|vragen|vroegen) om\s*:|(?<!\b(beschikbaar|ter beschikking|garant|verantwoordelijk|aansprakelijk|in staat|gelijk) )\b(stelt|stelde|stellen|stelden) voor\b(?![^.;]{0,80}\b(vast|samen|op)\b)|\b(pleit|pleiten|pleitte|pleitten) (\S+ ){0,2}?voor\b/

/**
 * The lead-in of a motion's requests ("verzoekt het college", "draagt het college op"): every item under
 * it asks the college for something, it arranges nothing.
 */
export const MOTION_REQUEST =
  /^(en )?(verzoekt|verzoeken|draagt|dragen|roept|roepen) (\S+ ){0,6}?(college|colleges|bestuur|burgemeester|wethouders?)\b/

/** A heading of recommendations ("6. Aanbevelingen"): what stands under it is advised, not arranged. */
export const RECOMMENDATION_HEADING =
  /^(\d+(\.\d+)*[.)]?\s*)?(aanbevelingen|adviezen|onze aanbevelingen|wat wij aanbevelen)\b/
/** … or a paragraph labelled as one: "Advies 8. Voer voor de inkoop een kostprijsonderzoek uit", "Aanbeveling:". */
export const RECOMMENDATION_LABEL = /^(ongevraagd )?(advies|aanbeveling)( \d+[a-z]?)?\s*[.:]/

/** A paragraph labelled as a proposal still to be decided ("Voorstel. …", "Ambtelijk voorstel: …"): not agreed yet. */
export const PROPOSAL_LABEL = /^(ambtelijk |concept)?(voorstel|conceptbesluit)\s*[.:]/

/**
 * A paragraph labelled as one of the options to choose from ("Optie A: …", "Scenario 2: …", "Variant B –
 * …"), or a row of a table of options ("Variant | Kenmerk | Beoordeling"): neither the choice nor a
 * deferral. Whether one was chosen, or the choice put off, the document says elsewhere.
 */
export const OPTION_LABEL =
  /^(optie|variant|scenario|alternatief) ([a-e]|[1-5])\s*([.:)]|[-\u2013\u2014]\s)|^(het |ons )?dilemma\s*[.:]|^de afweging\s*[.:]/
/** Options set out in one sentence: "Er zijn twee opties: de voorzitter van het AB, of een van de gemeenten." */
export const OPTIONS_NAMED = /^er zijn (twee|drie|vier|\d) (opties|varianten|mogelijkheden|smaken)\s*:/
export const OPTIONS_HEADER = /^(opties?|variant(en)?|scenario'?s?|alternatie(f|ven)|keuzemogelijkhe\w*)\s*\|/

export const Flag = {
  deferred: 1,
  intention: 2,
  softIntention: 4,
  negated: 8,
  restated: 16,
  question: 32,
  past: 64,
  /** One of the options set side by side (`OPTION_LABEL`): not agreed, not put off. */
  option: 128,
  /** A numbered title run in before its paragraph ("3.6.1 Afstemming van het inkoopbeleid."): it names, it says nothing. */
  title: 256,
  /** What another region has or does, set beside the region's own ("Ter vergelijking: de buurregio … heeft haar …"). */
  elsewhere: 512,
} as const

/** What others say, not what the region arranged: "Aanbieders geven aan dat de tarieven de loonkosten niet dekken". */
// (also what they report at a meeting: "Aanbieders melden op de regiotafel dat hun kosten fors stijgen"; not
// a duty to report, "aanbieders melden binnen een week dat een plek vrijkomt")
// … and what they want: "Teamleiders willen nog een regionale scholingsdag", "jongeren wensen één vaste hulpverlener"
const OTHERS_SAY =
  /^(\[[ x]\] |\u2610 |\u2611 )?(de |veel |alle |sommige )?(aanbieders|jongeren|ouders|partners|professionals|teamleiders|medewerkers|hulpverleners)\b (willen|wilden|wensen|wensten)\b|\b(aanbieders|jongeren|ouders|partners|professionals)\b[^.;]{0,20}\b(meldden|lieten weten)\b[^.;]{0,40}\bdat\b|\b(aanbieders|jongeren|ouders|partners|professionals)\b[^.;]{0,20}\b(melden|laten weten)\b (\S+ ){0,2}?(op|in|tijdens|aan) (de|het|een) (\S+ )?(regiotafel|overleg|bijeenkomst|sessie|gesprek\w*|tafel)\b[^.;]{0,10}\bdat\b|\b(aanbieders|jongeren|ouders|partners|professionals)\b[^.;]{0,20}\b(geven|gaven) aan\b|\b(aanbieders|jongeren|ouders|partners|professionals)\b[^.;]{0,20}\b(zeggen|zeiden|vinden|vonden|signaleren|signaleerden|klagen|klaagden) dat\b/

/**
 * A comparison with another region, or what another region does on its own ("De buurregio Hunzemonde liet
 * in 2024 een kostprijsonderzoek uitvoeren"): its arrangements, not the region's own.
 */
const COMPARISON =
  /^in (de )?(buurregio|naburige regio|andere regio|omliggende regio)\w*('s)?\b(?![^.;]{0,80}\b(wij|we|ons|onze|samen)\b)|^(de )?(buurregio|naburige regio|andere regio|omliggende regio)\w*('s)?( \S+)? (heeft|hebben|had|hadden|liet|lieten|kent|kennen|koopt|kocht|gebruikt|hanteert|werkt met)\b(?![^.;]{0,80}\b(met ons|met onze|met de regio|namens ons|voor ons|wij|we)\b)|^(ter vergelijking|ter illustratie|bij wijze van vergelijking|anders dan (bij )?(ons|onze regio))\b|\b(buurregio|andere regio|naburige regio|omliggende regio)\w*('s)? (\S+ )?(heeft|hebben|had|hadden|kent|kennen) (haar|hun|zijn) (eigen )?\w*(afspraken|contracten|convenant|regeling|aanpak|model)\b/

/**
 * All markers of one sentence at once, as a bit set of `Flag`. `test` runs a pattern on the
 * normalised sentence (the corpus passes its cached, prefiltered test).
 */
/** A request in the imperative ("Leg uit hoe de prijzen worden berekend", "Zorg dat jongeren meepraten"): it asks, it arranges nothing. */
export const REQUEST =
  /^((\d{1,2}|[a-h])[.)] )?(leg|zorg|maak|geef|noem|beschrijf|schrijf|betrek|vraag|luister|kijk|neem|spreek|regel|laat|onderbouw|bepaal|benoem|kies|veranker|borg|richt|vul|voeg|werk) (uit|ons|dat|voor|hoe|wat|wie|welke|waarom|duidelijk|zichtbaar|bekend|mee|met|het|de|een|jongeren|ouders|hoofdstuk|paragraaf)\b/

/**
 * A sentence that turns down what the one before proposed ("Het consortium bood een kostprijsmodel aan.
 * De gemeenten hebben dat model niet overgenomen."), or takes it out of a draft ("Die is er in versie 0.9
 * uit."): the proposal is no arrangement.
 */
export const TURNS_DOWN_PREVIOUS =
  /\b(dit|dat) klopt niet( meer)?\b|\b(dat|dit|die|deze|het) (\S+ ){0,2}?(niet|nooit) (overgenomen|gevolgd|aangenomen|ingevoerd|toegepast|geaccepteerd)\b|\b(dat|dit|die|deze) (voorstel|model|plan|aanbod|idee|alinea|passage|tekst|paragraaf)\w* (is|zijn|werd|werden) (afgewezen|verworpen|niet overgenomen|geschrapt|verwijderd|weggelaten)\b|\b(dat|dit|die|deze) (is|zijn|werd|werden) (er )?(\S+ ){0,4}?(uit( gehaald| gelaten)?|geschrapt|verwijderd|weggelaten)\s*[.;!]?$/

/** A span in double quotation marks (`normalize` folds typographic quotes to "). */
const QUOTED = /"[^"]{0,200}"/g

/** A numbered title that opens a paragraph and ends as a sentence: "3.6.1 Afstemming van het inkoopbeleid." */
const RUN_IN_TITLE =
  /^\d+(\.\d+)+\.?\s+(?!(de|het|een|alle|elke|iedere|ieder|wij|we|zij|er|ook|in|op|voor|met|bij|per|vanaf|sinds|tot|dit|deze|die|dat)\b)[^.;:]{1,70}\.$/

export function markersOf(norm: string, test: (re: RegExp) => boolean = (re) => re.test(norm)): number {
  let f = 0
  if (defers(test)) f |= Flag.deferred
  // A wish inside quotation marks is a title or a quote ("een hoofdstuk “Wat wij willen …”"), not the region's intention.
  if ((test(INTENTION) && (!norm.includes('"') || INTENTION.test(norm.replace(QUOTED, ' ')))) || slogan(norm, test))
    f |= Flag.intention
  if (test(SOFT_INTENTION)) f |= Flag.softIntention
  // "nog niet" denies, except in a condition ("ook als je nog niet in behandeling bent").
  if (test(NEGATION) || (test(NOT_YET) && !test(CONDITIONAL_NOT_YET)) || deniesByWord(norm)) f |= Flag.negated
  if (test(RESTATEMENT)) f |= Flag.restated
  // (also a question quoted: "Een vervolgvraag: \"Komt er een kostprijsonderzoek?\"")
  if ((QUESTION_END.test(norm) && !DISCUSSED_QUESTION.test(norm)) || test(REQUEST) || test(REPORTED_QUESTION))
    f |= Flag.question
  if (test(PAST)) f |= Flag.past
  if (test(RUN_IN_TITLE) && !test(FINITE_VERB)) f |= Flag.title
  if (test(COMPARISON) || test(OTHERS_SAY)) f |= Flag.elsewhere
  return f
}

/** The other document a deferral points to ("de inkoopstrategie"), if it names one. */
const DOCUMENT_REF = new RegExp(String.raw`\b(${DOCUMENT_NAMES})\b`)
export function deferredTo(norm: string): string | undefined {
  return DOCUMENT_REF.exec(norm)?.[1]
}
