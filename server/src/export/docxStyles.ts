import { AlignmentType, type INumberingOptions, type IStylesOptions, LevelFormat } from 'docx'

/** Arial: LibreOffice substitutes the metric-compatible Liberation Sans, so pages break alike. */
export const FONT = 'Arial'
/** Text width of an A4 page with the margins below, in twentieths of a point (dxa). */
export const TEXT_WIDTH = 11906 - 2 * 1247
export const PAGE_MARGIN = { top: 1418, bottom: 1247, left: 1247, right: 1247, header: 567, footer: 567 }

export const HEADINGS_NUMBERING = 'headings'
export const BULLETS_NUMBERING = 'bullets'
/** Paragraph style of the checker's and participation appendix subheadings: not in the table of contents. */
export const APPENDIX_HEADING_STYLE = 'AppendixHeading'
export const QUOTE_STYLE = 'Quote'
export const TOC_HEADING_STYLE = 'TOCHeadingRV'

const INDENT = 360

const headingNumberLevels = Array.from({ length: 6 }, (_, level) => ({
  level,
  format: LevelFormat.DECIMAL,
  // "%1", "%1.%2", "%1.%2.%3", …: Word renumbers the chapters when someone inserts one.
  text: Array.from({ length: level + 1 }, (_, i) => `%${i + 1}`).join('.'),
  alignment: AlignmentType.START,
  style: { paragraph: { indent: { left: 0, hanging: 0 } }, run: { font: FONT } },
  suffix: 'space' as const,
}))

const BULLET_CHARS = ['•', '◦', '▪']

/** Levels of an ordered list that starts at `start` (the schema's `orderedList.attrs.start`). */
export function orderedLevels(start: number) {
  return Array.from({ length: 9 }, (_, level) => ({
    level,
    format: [LevelFormat.DECIMAL, LevelFormat.LOWER_LETTER, LevelFormat.LOWER_ROMAN][level % 3]!,
    text: `%${level + 1}.`,
    start: level === 0 ? start : 1,
    alignment: AlignmentType.START,
    style: { paragraph: { indent: { left: INDENT * (level + 1), hanging: INDENT } } },
  }))
}

export const NUMBERING: INumberingOptions = {
  config: [
    { reference: HEADINGS_NUMBERING, levels: headingNumberLevels },
    {
      reference: BULLETS_NUMBERING,
      levels: Array.from({ length: 9 }, (_, level) => ({
        level,
        format: LevelFormat.BULLET,
        text: BULLET_CHARS[level % BULLET_CHARS.length]!,
        alignment: AlignmentType.START,
        style: { paragraph: { indent: { left: INDENT * (level + 1), hanging: INDENT } } },
      })),
    },
  ],
}

/** Left indent of the paragraphs after the first in a list item of `level`: under the item's text. */
export const listTextIndent = (level: number) => INDENT * (level + 1)

const heading = (size: number, before: number) => ({
  run: { font: FONT, size, bold: true, color: '0B3A5C' },
  paragraph: { spacing: { before, after: 120 }, keepNext: true, keepLines: true },
})

export const STYLES: IStylesOptions = {
  default: {
    document: { run: { font: FONT, size: 21 }, paragraph: { spacing: { after: 120, line: 276 } } },
    title: { run: { font: FONT, size: 52, bold: true, color: '0B3A5C' }, paragraph: { spacing: { after: 480 } } },
    heading1: heading(30, 480),
    heading2: heading(25, 360),
    heading3: heading(22, 240),
    heading4: heading(21, 240),
    heading5: heading(21, 200),
    heading6: heading(21, 200),
    hyperlink: { run: { color: '0B5394', underline: {} } },
  },
  paragraphStyles: [
    {
      id: APPENDIX_HEADING_STYLE,
      name: 'Bijlagekop',
      basedOn: 'Normal',
      next: 'Normal',
      quickFormat: true,
      run: { bold: true, size: 23, color: '0B3A5C' },
      paragraph: { spacing: { before: 240, after: 80 }, keepNext: true },
    },
    {
      id: QUOTE_STYLE,
      name: 'Quote',
      basedOn: 'Normal',
      next: 'Normal',
      quickFormat: true,
      run: { italics: true, color: '333333' },
      paragraph: {
        indent: { left: 567 },
        border: { left: { style: 'single', size: 18, color: '99BBBB', space: 8 } },
      },
    },
    {
      id: TOC_HEADING_STYLE,
      name: 'Kop inhoudsopgave',
      basedOn: 'Normal',
      next: 'Normal',
      run: { bold: true, size: 30, color: '0B3A5C' },
      paragraph: { spacing: { after: 240 } },
    },
  ],
}
