import { PLAIN_LANGUAGE_SECTION } from '@regiovisie/shared/plain-language'
import { outlineOf } from '@regiovisie/shared/ruleset-outlines'
import type { JSONContent } from '@regiovisie/shared/schema'
import type { TemplateInput } from './types.ts'

/** Dutch writing guidance per opgave, after domain.md §2. Shown to writers, never exported. */
const OPGAVE_GUIDANCE: Record<number, string> = {
  1: [
    'Beschrijf hoe deze regiovisie in regionale samenwerking tot stand kwam en met wie: jeugdhulpaanbieders, gecertificeerde instellingen (jeugdbescherming en jeugdreclassering), Veilig Thuis, professionals, jongeren, ouders (of hun vertegenwoordigers: jongerenraad, ouderpanel, adviesraad sociaal domein) en ketenpartners (onderwijs, huisartsen, GGD).',
    'Noem de gedeelde visie, de ambities en de gewenste ontwikkeling van het zorglandschap, en de periode waarvoor de visie geldt.',
    'Leg vast dat alle gemeenteraden de visie vaststellen, per gemeente met de datum van het raadsbesluit. Instemming van de colleges of een regionaal bestuur alleen is niet genoeg.',
  ].join('\n'),
  2: [
    'Noem de (specialistische) jeugdfuncties waarvan de regio de beschikbaarheid en continuïteit borgt, bijvoorbeeld jeugdbescherming en jeugdreclassering, JeugdzorgPlus, crisishulp, residentiële jeugdhulp, pleegzorg en gezinshuizen, specialistische en klinische jeugd-ggz, zorg voor jeugdigen met een (licht) verstandelijke beperking.',
    'Beschrijf per functie hoe de regio die borgt: regionale contracten, capaciteitsafspraken, wat er gebeurt als een aanbieder omvalt. Maak duidelijk wat lokaal en wat regionaal gebeurt.',
  ].join('\n'),
  3: [
    'Beschrijf hoe de lokale toegang (wijkteam, jeugdteam, CJG, sociaal team) verbonden is met de gecontracteerde specialistische hulp, en weer terug.',
    'Gebruik de vijf basisfuncties voor lokale teams als leidraad en maak ze concreet: vraagverheldering, zelf hulp bieden, veiligheid (met Veilig Thuis), toeleiden naar en samenwerken met specialistische hulp (op- en afschalen, consultatie), regie en coördinatie. Neem ook de verwijzingen door huisartsen en andere wettelijke verwijzers mee.',
  ].join('\n'),
  4: [
    'Beschrijf de rechtsvorm van de samenwerking (gemeenschappelijke regeling: openbaar lichaam, bedrijfsvoeringsorganisatie of centrumregeling; of een convenant) en hoe besluiten bindend zijn (solidariteit, risicoverevening, verdeelsleutel).',
    'Noem wie het ene aanspreekpunt is dat namens de regio extern optreedt.',
  ].join('\n'),
  5: 'Beschrijf met welke andere regio’s de regio samenwerkt, voor welke functies (bijvoorbeeld JeugdzorgPlus, crisis, gecertificeerde instellingen, expertteams, het landelijk transitiearrangement) en hoe die samenwerking is geregeld.',
  6: [
    'Kies één uitvoeringsvariant (inspanningsgericht, outputgericht of taakgericht) en pas die consequent toe.',
    'Leg vast dat alle gemeenten dezelfde contractvoorwaarden hanteren, dat het contractbeheer gezamenlijk is, en dat de iStandaarden (iJw) en standaard productcodes worden gebruikt. Een voornemen alleen is niet genoeg.',
  ].join('\n'),
  7: 'Beschrijf de planning van de inkoop (tijdige start en afronding), de looptijd van de contracten in jaren (meerjarig), het inkoopmodel en de dialoog met aanbieders, en hoe de continuïteit van zorg geborgd is als contracten aflopen of aanbieders wisselen (overgangsregeling).',
  8: 'Beschrijf hoe de tarieven worden vastgesteld: met welke methode (kostprijsonderzoek) en welke kostprijselementen (personeel, cliëntgebonden kosten, overhead, indexatie zoals OVA), en hoe aanbieders transparant zijn over hun tariefopbouw. “De kosten stijgen” is geen tariefmethode.',
}

interface ContextSection {
  key: string
  title: string
  guidance: string
}

const LEADING_SECTIONS: ContextSection[] = [
  {
    key: 'inleiding',
    title: 'Inleiding en context',
    guidance:
      'Schets de regio: de gemeenten, het aantal inwoners en jeugdigen, het jeugdhulpgebruik en de belangrijkste ontwikkelingen. Noem de periode waarvoor deze regiovisie geldt.',
  },
  {
    key: 'visie',
    title: 'Visie en uitgangspunten',
    guidance:
      'Beschrijf de gedeelde visie en de uitgangspunten (bijvoorbeeld thuis, tenzij; normaliseren; zo licht als mogelijk) en de transformatiedoelen (wachttijden, preventie, onderwijs, 18-/18+).',
  },
  {
    key: 'participatie',
    title: 'Participatie: hoe deze visie tot stand kwam',
    guidance:
      'Verantwoord wie op welke manier heeft meegedacht: aanbieders, gecertificeerde instellingen, Veilig Thuis, professionals, jongeren, ouders en ketenpartners. Wat is er met hun inbreng gedaan?',
  },
]

const TRAILING_SECTIONS: ContextSection[] = [
  {
    key: PLAIN_LANGUAGE_SECTION,
    title: 'In gewone taal: wat verandert er voor jongeren en ouders',
    guidance:
      'Optioneel, maar aan te raden: vertel in gewone taal (taalniveau B1) wat deze visie verandert voor jongeren en ouders. Korte zinnen, geen beleidswoorden: waar kun je terecht, hoe lang wacht je, wie helpt je als het thuis niet veilig is, wat gebeurt er als je 18 wordt. Blijft dit hoofdstuk leeg, dan komt het niet in de download.',
  },
  {
    key: 'uitvoeringsagenda',
    title: 'Uitvoeringsagenda, monitoring en evaluatie',
    guidance:
      'Zet de acties op een rij met planning en eigenaar, beschrijf hoe de regio monitort en bijstuurt (in control, financiën), en wanneer de visie wordt geëvalueerd.',
  },
]

/**
 * Guidance for an opgave: the hand-written text above for the Jeugd norm's eight, else (the law's
 * opgaven 9–12, the BW/MO draft) what the checker asks for each of its required elements.
 */
function opgaveGuidance(ruleset: string, opgave: number): string {
  const outline = outlineOf(ruleset)
  if (outline.domain === 'jeugd' && Object.hasOwn(OPGAVE_GUIDANCE, opgave)) return OPGAVE_GUIDANCE[opgave]!
  return (outline.opgaven.find((o) => o.opgave === opgave)?.todos ?? []).join('\n')
}

const heading = (level: number, text: string, attrs: Record<string, unknown> = {}): JSONContent => ({
  type: 'heading',
  attrs: { level, ...attrs },
  content: [{ type: 'text', text }],
})
const guidance = (text: string): JSONContent => ({ type: 'guidance', attrs: { text } })
const paragraph = (text?: string): JSONContent =>
  text ? { type: 'paragraph', content: [{ type: 'text', text }] } : { type: 'paragraph' }

function contextSection(s: ContextSection): JSONContent[] {
  return [heading(2, s.title, { section: s.key }), guidance(s.guidance), paragraph()]
}

/**
 * The "Regiovisie Jeugdhulp (NvO)" template: a title block, context sections and one section per
 * opgave of the document's rule set (1–8 under nvo-2020, 1–12 under wet-2026), each a heading (with
 * `opgave` = its number), guidance and an empty paragraph.
 */
export function buildNvoJeugd(input: TemplateInput): JSONContent {
  const ruleset = input.ruleset ?? 'nvo-2020'
  const meta: string[] = []
  if (input.region) meta.push(`Regio: ${input.region}`)
  if (input.municipalities?.length) meta.push(`Gemeenten: ${input.municipalities.join(', ')}`)
  return {
    type: 'doc',
    content: [
      heading(1, input.title, { section: 'titel' }),
      ...(meta.length ? [paragraph(meta.join(' · '))] : []),
      guidance(
        'Dit is het concept van de regiovisie. Vul per hoofdstuk de eigen afspraken van de regio in; de grijze toelichting helpt daarbij en komt niet in de export.',
      ),
      ...LEADING_SECTIONS.flatMap(contextSection),
      ...outlineOf(ruleset).opgaven.flatMap(({ opgave, title }) => [
        heading(2, `Opgave ${opgave}. ${title}`, { opgave }),
        guidance(opgaveGuidance(ruleset, opgave)),
        paragraph(),
      ]),
      ...TRAILING_SECTIONS.flatMap(contextSection),
    ],
  }
}
