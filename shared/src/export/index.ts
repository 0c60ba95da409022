/**
 * Export serializers that run anywhere (browser, server, CLI): HTML (also the source of the PDF)
 * and Markdown, plus the outline, appendices and file name every format shares. DOCX and PDF are
 * made on the server (server/src/export).
 */
export {
  type Appendix,
  buildAppendices,
  CHECK_APPENDIX_TITLE,
  type CheckAppendix,
  type CheckAppendixRow,
  checkAppendixTitle,
  PARTICIPATION_APPENDIX_TITLE,
  type ParticipationAppendix,
  type ParticipationAppendixCell,
  type ParticipationAppendixColumn,
  type ParticipationAppendixRow,
  participationCellText,
  REACTIEVERSLAG_INTRO,
  REACTIEVERSLAG_TITLE,
  STATUS_LABELS,
} from './appendices.ts'
export { cssString, escapeHtml, safeHref } from './escape.ts'
export * as exampleExport from './exampleExport.ts'
export { formatDutchDate, isoDay } from './exportDate.ts'
export { exportFilename, slugify } from './exportFilename.ts'
export {
  buildOutline,
  EMPTY_SECTION_TEXT,
  type ExportOutline,
  isEmptyParagraph,
  type OutlineBlock,
  type OutlineHeading,
  plainText,
  type TitleBlock,
  TOC_DEPTH,
} from './outline.ts'
export {
  buildReactieverslag,
  type Reactieverslag,
  type ReactionGroup,
  type ReactionItem,
  type ReactionSection,
  reactionLines,
  sectionSummary,
} from './reactieverslag.ts'
export { checkedAgainstLine, exportTitle, type TitlePage, titlePageOf, versionLine } from './titlePage.ts'
export { type HtmlOptions, toHtml } from './toHtml.ts'
export { toMarkdown } from './toMarkdown.ts'
export type { ExportContent, ExportMeta } from './types.ts'
