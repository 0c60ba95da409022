/**
 * One word or phrase of policy language with a plain Dutch alternative for youth and parents.
 * `term` is written as a reader would see it; matching ignores case and accents and takes the term's
 * inflections ("specialistische", "integrale", "domeinen") and compounds that start with it
 * ("transformatiegelden"), so one entry covers its family. `forms` adds spellings the inflection rules
 * cannot make (an irregular plural, a verb form).
 */
export interface JargonEntry {
  term: string
  plain: string
  forms?: readonly string[]
}

/**
 * Policy jargon of youth care regiovisies, with what to write instead. Data that can grow: add an
 * entry when a text for youth and parents keeps using a word they do not know. Put the longer phrase
 * first when one entry starts with another's word ("sociaal domein" before "domein"): at each place the
 * longest match wins anyway, but the list reads better that way.
 */
export const JARGON_NL: readonly JargonEntry[] = [
  { term: 'opdrachtgeverschap', plain: 'hoe de gemeenten de hulp regelen en inkopen' },
  { term: 'continuïteit van zorg', plain: 'dat je hulp gewoon doorgaat' },
  { term: 'continuïteit', plain: 'dat de hulp doorgaat en blijft bestaan' },
  { term: 'zorgcontinuïteit', plain: 'dat je hulp gewoon doorgaat' },
  { term: 'specialistische jeugdhulp', plain: 'zware hulp van een specialist, zoals een psycholoog of een instelling' },
  { term: 'specialistische zorg', plain: 'zware hulp van een specialist' },
  { term: 'specialistisch', plain: 'van een specialist' },
  { term: 'toegang', plain: 'de plek waar je om hulp vraagt, zoals het wijkteam' },
  { term: 'transformatie', plain: 'verandering' },
  { term: 'integraal', plain: 'samenhangend: alles in één keer bekeken' },
  { term: 'sociaal domein', plain: 'alle hulp van de gemeente: jeugd, zorg, werk en inkomen' },
  { term: 'domein', plain: 'terrein of onderwerp' },
  { term: 'inkoopstrategie', plain: 'hoe we de hulp inkopen', forms: ['inkoopstrategieen'] },
  {
    term: 'verwijsindex',
    plain: 'een lijst waarin hulpverleners zien dat een ander zich ook zorgen maakt over een kind',
  },
  { term: 'uitvoeringsvariant', plain: 'de manier waarop we afspraken maken met zorgaanbieders en hen betalen' },
  { term: 'jeugdhulpaanbieder', plain: 'organisatie die jeugdhulp geeft' },
  { term: 'zorgaanbieder', plain: 'organisatie die hulp geeft' },
  {
    term: 'gecertificeerde instelling',
    plain: 'jeugdbescherming: de organisatie die helpt als een kind niet veilig is',
  },
  { term: 'casusregie', plain: 'één vaste persoon die de hulp voor jou of je gezin regelt' },
  { term: 'regievoering', plain: 'het overzicht houden en de hulp regelen' },
  { term: 'ketenpartner', plain: 'organisatie waarmee we samenwerken' },
  { term: 'preventief', plain: 'om problemen te voorkomen' },
  { term: 'normaliseren', plain: 'gewone zorgen niet meteen als probleem zien' },
  { term: 'ambulant', plain: 'hulp bij je thuis of in de buurt, zonder dat je ergens gaat wonen' },
  { term: 'residentieel', plain: 'hulp waarbij je een tijd ergens anders woont' },
  { term: 'intramuraal', plain: 'in een instelling' },
  { term: 'opschalen', plain: 'meer of zwaardere hulp inzetten' },
  { term: 'afschalen', plain: 'minder of lichtere hulp inzetten' },
  { term: 'governance', plain: 'hoe de samenwerking wordt bestuurd' },
  { term: 'implementatie', plain: 'invoering' },
  { term: 'implementeren', plain: 'invoeren' },
  { term: 'faciliteren', plain: 'mogelijk maken' },
  { term: 'monitoring', plain: 'bijhouden hoe het gaat' },
  { term: 'monitoren', plain: 'bijhouden' },
  { term: 'borgen', plain: 'zorgen dat het zo blijft', forms: ['geborgd', 'borgt'] },
  { term: 'borging', plain: 'zorgen dat het zo blijft' },
  { term: 'prioriteren', plain: 'kiezen wat eerst komt' },
  { term: 'participatie', plain: 'meedoen en meepraten' },
  { term: 'stakeholder', plain: 'iedereen die erbij betrokken is' },
  { term: 'ambitie', plain: 'wat we willen bereiken' },
  { term: 'beleidskader', plain: 'de regels en plannen van de gemeente' },
  { term: 'kaderstellend', plain: 'met de grote lijnen en regels' },
  { term: 'interventie', plain: 'hulp of actie' },
  { term: 'jeugdige', plain: 'kind of jongere' },
  { term: 'zorglandschap', plain: 'alle hulp die er in de regio is' },
  { term: 'multiprobleemgezin', plain: 'gezin met problemen op verschillende gebieden' },
  { term: 'samenwerkingsverband', plain: 'samenwerking' },
  {
    term: 'gemeenschappelijke regeling',
    plain: 'afspraak waarin gemeenten samen een organisatie hebben en besturen',
  },
  { term: 'centrumgemeente', plain: 'de gemeente die het werk voor de hele regio regelt' },
  { term: 'bovenregionaal', plain: 'samen met andere regio’s' },
  { term: 'contractmanagement', plain: 'bijhouden of aanbieders zich aan de afspraken houden' },
  { term: 'aanbesteding', plain: 'een wedstrijd waarin organisaties een aanbod doen om werk te krijgen' },
  { term: 'administratieve lasten', plain: 'papierwerk' },
  { term: 'regeldruk', plain: 'veel regels en papierwerk' },
  { term: 'beschikking', plain: 'brief van de gemeente dat je hulp krijgt' },
  { term: 'indicatie', plain: 'besluit over welke hulp je krijgt' },
  { term: 'inspanningsgericht', plain: 'betaald per uur of per dag hulp' },
  { term: 'outputgericht', plain: 'betaald per afgerond hulptraject' },
  { term: 'taakgericht', plain: 'een vast bedrag voor een hele taak' },
  { term: 'doorontwikkeling', plain: 'verder verbeteren' },
  { term: 'doorontwikkelen', plain: 'verder verbeteren' },
  { term: 'vraagverheldering', plain: 'samen uitzoeken wat er nodig is' },
  { term: 'handelingsperspectief', plain: 'wat je zelf kunt doen' },
  { term: 'subsidiariteit', plain: 'eerst lichte hulp, en zware hulp pas als dat nodig is' },
  { term: 'zorgvraag', plain: 'de hulp die je nodig hebt' },
  { term: 'hulpvraag', plain: 'de hulp die je nodig hebt' },
  { term: 'ondersteuningsbehoefte', plain: 'de hulp die je nodig hebt' },
  { term: 'kostenbeheersing', plain: 'zorgen dat de kosten niet te hoog worden' },
  { term: 'budgetplafond', plain: 'een grens aan het geld per jaar' },
  { term: 'risicoverevening', plain: 'de gemeenten delen de kosten, ook als één gemeente pech heeft' },
  { term: 'verdeelsleutel', plain: 'de afspraak wie hoeveel betaalt' },
  { term: 'expertteam', plain: 'team van specialisten voor moeilijke situaties' },
  { term: 'transitiearrangement', plain: 'landelijke afspraak over zeldzame hulp' },
  { term: 'kwaliteitskader', plain: 'afspraken over wat goede hulp is' },
  { term: 'uitvoeringsagenda', plain: 'plan met wat we wanneer doen' },
  { term: 'gezinsgericht', plain: 'met het hele gezin' },
  { term: 'wijkgericht', plain: 'in de buurt' },
  { term: 'cliëntervaringsonderzoek', plain: 'vragenlijst over hoe je de hulp vond' },
  { term: 'instroom', plain: 'hoeveel mensen hulp krijgen' },
  { term: 'uitstroom', plain: 'hoeveel mensen klaar zijn met de hulp' },
]
