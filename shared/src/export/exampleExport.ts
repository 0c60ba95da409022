import type { CheckReport } from '../checker/types.ts'
import type { ParticipationReport, ParticipationSection } from '../comments.ts'
import type { Group } from '../groups.ts'
import type { JSONContent } from '../schema/index.ts'
import type { ExportContent } from './types.ts'

/*
 * A tiny builder for documents of the shared schema, and a realistic regiovisie built with it.
 * Used by the export tests (shared and server), the export benchmark and previews.
 */

type Inline = JSONContent | string
type Mark = NonNullable<JSONContent['marks']>[number]

const inline = (parts: Inline[]): JSONContent[] => parts.map((p) => (typeof p === 'string' ? text(p) : p))

export const text = (value: string, ...marks: Mark[]): JSONContent =>
  marks.length ? { type: 'text', text: value, marks } : { type: 'text', text: value }
export const bold = (value: string): JSONContent => text(value, { type: 'bold' })
export const italic = (value: string): JSONContent => text(value, { type: 'italic' })
export const link = (value: string, href: string): JSONContent => text(value, { type: 'link', attrs: { href } })
export const hardBreak = (): JSONContent => ({ type: 'hardBreak' })
export const doc = (...content: JSONContent[]): JSONContent => ({ type: 'doc', content })
export const paragraph = (...parts: Inline[]): JSONContent =>
  parts.length ? { type: 'paragraph', content: inline(parts) } : { type: 'paragraph' }
export const heading = (level: number, title: string, attrs: Record<string, unknown> = {}): JSONContent => ({
  type: 'heading',
  attrs: { level, opgave: null, section: null, ...attrs },
  content: [text(title)],
})
export const guidance = (value: string): JSONContent => ({ type: 'guidance', attrs: { text: value } })
export const blockquote = (...content: JSONContent[]): JSONContent => ({ type: 'blockquote', content })
const item = (entry: Inline | JSONContent[]): JSONContent => ({
  type: 'listItem',
  content: Array.isArray(entry) ? entry : [paragraph(entry)],
})
/** A list item is a string, an inline node, or an array of blocks (a paragraph and a nested list). */
export const bulletList = (...items: (Inline | JSONContent[])[]): JSONContent => ({
  type: 'bulletList',
  content: items.map(item),
})
export const orderedList = (start: number, ...items: (Inline | JSONContent[])[]): JSONContent => ({
  type: 'orderedList',
  attrs: { start },
  content: items.map(item),
})
const cell = (type: 'tableHeader' | 'tableCell', value: Inline | JSONContent, colspan = 1): JSONContent => ({
  type,
  attrs: { colspan, rowspan: 1, colwidth: null },
  content: [typeof value !== 'string' && value.type !== 'text' ? value : paragraph(value)],
})
/** A table whose first row is a header row. A cell given as `[value, n]` spans n columns. */
export const table = (header: string[], ...rows: (Inline | JSONContent | [string, number])[][]): JSONContent => ({
  type: 'table',
  content: [
    { type: 'tableRow', content: header.map((h) => cell('tableHeader', h)) },
    ...rows.map((r) => ({
      type: 'tableRow',
      content: r.map((c) => (Array.isArray(c) ? cell('tableCell', c[0], c[1]) : cell('tableCell', c))),
    })),
  ],
})

export const EXAMPLE_OPGAVEN: readonly { opgave: number; title: string }[] = [
  { opgave: 1, title: 'Regiovisie: regionaal opgesteld en vastgesteld door alle gemeenteraden' },
  { opgave: 2, title: 'Beschikbaarheid van specialistische jeugdhulp' },
  { opgave: 3, title: 'Lokale toegang verbonden met specialistische jeugdhulp' },
  { opgave: 4, title: 'Niet-vrijblijvende governance met één aanspreekpunt' },
  { opgave: 5, title: 'Bovenregionale samenwerking' },
  { opgave: 6, title: 'Administratieve lasten beperken' },
  { opgave: 7, title: 'Zorgvuldige inkoop' },
  { opgave: 8, title: 'Reële tarieven' },
]

/** Guidance text in the example: it must never appear in an export. */
export const EXAMPLE_GUIDANCE = 'Schrijfhint: beschrijf hier de eigen afspraken van de regio.'

const OPGAVE_TEXT: Record<number, JSONContent[]> = {
  1: [
    paragraph(
      'De regiovisie is opgesteld door de veertien gemeenten samen met jeugdhulpaanbieders, de gecertificeerde instellingen, Veilig Thuis, professionals, jongeren en ouders. De jongerenraad en het ouderpanel hebben in drie sessies meegelezen.',
    ),
    paragraph('Alle gemeenteraden stellen de visie vast; de data van de raadsbesluiten staan in het adoptieoverzicht.'),
  ],
  2: [
    paragraph('De regio borgt de beschikbaarheid en continuïteit van de volgende functies:'),
    bulletList(
      'jeugdbescherming en jeugdreclassering;',
      [paragraph('crisishulp, met:'), bulletList('een 24-uursbereikbaarheid;', 'een crisisbed binnen de regio.')],
      'residentiële jeugdhulp, pleegzorg en gezinshuizen;',
      'specialistische en klinische jeugd-ggz.',
    ),
    table(
      ['Functie', 'Schaal', 'Contract'],
      ['Jeugdbescherming', 'Regionaal', 'Subsidie, meerjarig'],
      ['Crisishulp', 'Regionaal', 'Raamovereenkomst'],
      ['Pleegzorg', 'Lokaal en regionaal', 'Raamovereenkomst'],
      [['Gesloten jeugdhulp wordt bovenregionaal ingekocht (zie opgave 5).', 3]],
    ),
  ],
  3: [
    paragraph(
      'De lokale jeugdteams verbinden de toegang met de gecontracteerde specialistische hulp. Zij gebruiken de vijf basisfuncties als leidraad:',
    ),
    orderedList(
      1,
      'vraagverheldering;',
      'zelf hulp bieden;',
      'veiligheid, samen met Veilig Thuis;',
      'toeleiden naar en samenwerken met specialistische hulp (op- en afschalen, consultatie);',
      'regie en coördinatie.',
    ),
    paragraph('Huisartsen en andere wettelijke verwijzers werken met hetzelfde verwijsprotocol.'),
  ],
  4: [
    paragraph(
      'De samenwerking is vastgelegd in een gemeenschappelijke regeling (openbaar lichaam). Besluiten zijn bindend; de verdeelsleutel en de risicoverevening staan in de regeling. ',
      bold('Het ene aanspreekpunt'),
      ' is de directeur van de Serviceorganisatie Jeugd.',
    ),
  ],
  5: [
    paragraph(
      'Voor JeugdzorgPlus en de expertteams werken we samen met de regio’s Haaglanden en Midden-Holland, volgens het ',
      link('Landelijk Transitiearrangement', 'https://www.vng.nl/jeugd'),
      '.',
    ),
  ],
  6: [
    paragraph(
      'Alle gemeenten hanteren dezelfde contractvoorwaarden, het contractbeheer is gezamenlijk en we gebruiken de iStandaarden (iJw) met standaard productcodes in de ',
      italic('outputgerichte'),
      ' uitvoeringsvariant.',
    ),
  ],
  7: [
    paragraph(
      'De inkoop start in januari 2027 en is in juli 2027 afgerond. De contracten lopen zes jaar, met een overgangsregeling voor de continuïteit van zorg.',
    ),
  ],
  8: [
    paragraph(
      'De tarieven volgen uit een kostprijsonderzoek met de elementen personeel, cliëntgebonden kosten en overhead, geïndexeerd met de OVA.',
    ),
    table(
      ['Kostprijselement', 'Aandeel', 'Bron'],
      ['Personeel', '72%', 'cao Jeugdzorg'],
      ['Overhead', '18%', 'Kostprijsonderzoek 2025'],
      ['Cliëntgebonden kosten', '10%', 'Kostprijsonderzoek 2025'],
    ),
  ],
}

/** A realistic regiovisie in the template's shape, with every node type and mark of the schema. */
export function exampleDocument(): JSONContent {
  return doc(
    heading(1, 'Regiovisie Jeugdhulp Holland Rijnland 2026–2030', { section: 'titel' }),
    paragraph('Regio: Holland Rijnland · Gemeenten: Leiden, Katwijk, Alphen aan den Rijn en elf andere'),
    guidance(EXAMPLE_GUIDANCE),
    heading(2, 'Inleiding en context', { section: 'inleiding' }),
    guidance(EXAMPLE_GUIDANCE),
    paragraph(
      'Holland Rijnland telt ruim ',
      bold('580.000 inwoners'),
      ', van wie ',
      italic('ongeveer 125.000 jeugdigen'),
      '. Meer informatie staat op ',
      link('de website van de regio', 'https://www.hollandrijnland.nl'),
      ' en bij ',
      link('het secretariaat', 'mailto:jeugd@hollandrijnland.nl'),
      '. Een ',
      link('verdachte link', 'javascript:alert(1)'),
      ' blijft gewone tekst.',
    ),
    paragraph(
      'Een tekst als <script>alert("x")</script> & co blijft tekst.',
      hardBreak(),
      'Na een harde regelovergang.',
    ),
    heading(3, 'Kerncijfers'),
    table(['Gemeente', 'Inwoners', 'Jeugdigen'], ['Leiden', '125.000', '24.000'], ['Katwijk', '66.000', '15.000']),
    heading(2, 'Visie en uitgangspunten', { section: 'visie' }),
    paragraph('Onze uitgangspunten:'),
    bulletList('thuis, tenzij;', 'normaliseren;', 'zo licht als mogelijk, zo zwaar als nodig.'),
    heading(2, 'Participatie: hoe deze visie tot stand kwam', { section: 'participatie' }),
    blockquote(paragraph('“Vraag ons niet pas mee te denken als alles al besloten is.” — lid van de jongerenraad')),
    ...EXAMPLE_OPGAVEN.flatMap(({ opgave, title }) => [
      heading(2, `Opgave ${opgave}. ${title}`, { opgave }),
      guidance(EXAMPLE_GUIDANCE),
      ...(OPGAVE_TEXT[opgave] ?? [paragraph()]),
    ]),
    heading(2, 'Uitvoeringsagenda, monitoring en evaluatie', { section: 'uitvoeringsagenda' }),
    paragraph(),
    orderedList(3, 'Evaluatie in 2028.', 'Herijking in 2030.'),
  )
}

export function exampleCheckReport(): CheckReport {
  const status = (n: number) => (n === 6 ? 'partial' : n === 8 ? 'missing' : 'addressed')
  return {
    ruleset: 'nvo-2020',
    complete: false,
    opgaven: EXAMPLE_OPGAVEN.map(({ opgave, title }) => ({
      opgave,
      title,
      status: status(opgave),
      findings:
        status(opgave) === 'addressed'
          ? [{ code: `opgave-${opgave}.gevonden`, message: `Opgave ${opgave} is beschreven.`, severity: 'info' }]
          : [
              {
                code: `opgave-${opgave}.ontbreekt`,
                message: `Beschrijf nog hoe opgave ${opgave} wordt geborgd.`,
                severity: 'warning',
              },
            ],
    })),
    findings: [{ code: 'document.lengte', message: 'Het document is voldoende uitgebreid.', severity: 'info' }],
  }
}

/** Who reacted: young people and parents on opgave 1, care providers on opgave 2, nobody elsewhere. */
export function exampleParticipation(): ParticipationReport {
  // The consulted groups (CONSULTED_GROUPS), written out: comments.ts would bring zod along at run time.
  const consulted: Group[] = [
    'aanbieder',
    'gecertificeerde-instelling',
    'veilig-thuis',
    'professional',
    'jongeren',
    'ouders',
    'ketenpartner',
  ]
  const people: Record<number, ParticipationSection['people']> = { 1: { jongeren: 2, ouders: 1 }, 2: { aanbieder: 3 } }
  const comments: Record<number, number> = { 1: 4, 2: 3 }
  const commentsByGroup: Record<number, ParticipationSection['commentsByGroup']> = {
    1: { jongeren: 3, ouders: 1 },
    2: { aanbieder: 3 },
  }
  const section = (opgave: number | null, title: string): ParticipationSection => {
    const reacted = (opgave !== null && people[opgave]) || {}
    return {
      opgave,
      title,
      people: reacted,
      comments: (opgave !== null && comments[opgave]) || 0,
      commentsByGroup: (opgave !== null && commentsByGroup[opgave]) || {},
      silentGroups: consulted.filter((g) => !(g in reacted)),
    }
  }
  return {
    sections: [
      ...EXAMPLE_OPGAVEN.map(({ opgave, title }) => section(opgave, title)),
      section(null, 'Overige hoofdstukken'),
    ],
    people: { jongeren: 2, ouders: 1, aanbieder: 3 },
    commentsByGroup: { jongeren: 3, ouders: 1, aanbieder: 3 },
    silentGroups: ['gecertificeerde-instelling', 'veilig-thuis', 'professional', 'ketenpartner'],
  }
}

/** The example as a whole export: document, metadata, checker result and participation. */
export function exampleExportContent(): ExportContent {
  return {
    doc: exampleDocument(),
    meta: {
      title: 'Regiovisie Jeugdhulp Holland Rijnland 2026–2030',
      region: 'Holland Rijnland',
      municipalities: ['Leiden', 'Katwijk', 'Alphen aan den Rijn', 'Leiderdorp', 'Oegstgeest'],
      versionName: 'Versie ter vaststelling',
      versionDate: '2026-11-24T10:15:00.000Z',
      versionId: 'v-3f9a2c',
      ruleset: 'nvo-2020',
    },
    check: exampleCheckReport(),
    participation: exampleParticipation(),
  }
}
