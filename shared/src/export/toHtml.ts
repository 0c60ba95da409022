import {
  type Appendix,
  buildAppendices,
  type CheckAppendix,
  type ParticipationAppendix,
  participationCellText,
  REACTIEVERSLAG_INTRO,
  REACTIEVERSLAG_TITLE,
} from './appendices.ts'
import { escapeHtml } from './escape.ts'
import { renderNode } from './htmlNodes.ts'
import { htmlStyles } from './htmlStyles.ts'
import { buildOutline, EMPTY_SECTION_TEXT, type OutlineBlock, type OutlineHeading, TOC_DEPTH } from './outline.ts'
import { type Reactieverslag, reactionLines, sectionSummary } from './reactieverslag.ts'
import { type TitlePage, titlePageOf } from './titlePage.ts'
import type { ExportContent } from './types.ts'

/**
 * The effective policy of an exported HTML file, also when someone opens it in a browser: no
 * scripts, no requests of any kind; only its own inline stylesheet.
 */
const CSP = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'"

function titlePage(page: TitlePage): string {
  const municipalities = page.municipalities.length
    ? `<p class="municipalities">Gemeenten: ${page.municipalities.map(escapeHtml).join(', ')}</p>`
    : ''
  return `<header class="title-page">
<h1>${escapeHtml(page.title)}</h1>
${page.blocks.map((b) => renderNode(b)).join('\n')}
${page.region ? `<p class="region">Regio ${escapeHtml(page.region)}</p>` : ''}${municipalities}
<p class="version">${escapeHtml(page.version)}</p>
<p class="checked">${escapeHtml(page.checkedAgainst)}</p>
</header>`
}

/** A body block; a section without text says so instead of standing there as a bare heading. */
function bodyBlock(b: OutlineBlock): string {
  const html = renderNode(b.node, b.heading)
  return b.markEmpty ? `${html}\n<p class="empty-section"><em>${EMPTY_SECTION_TEXT}</em></p>` : html
}

export interface HtmlOptions {
  /**
   * Page of each heading and appendix anchor, for the table of contents of a printed copy. Without
   * it the page column is left empty (with its width kept, so filling it in moves nothing).
   */
  pageNumbers?: ReadonlyMap<string, number>
}

function tocEntry(id: string, depth: number, number: string | null, title: string, page: number | undefined): string {
  const num = number === null ? '' : `<span class="num">${escapeHtml(number)}</span> `
  return `<li class="toc-d${depth}"><a href="#${escapeHtml(id)}">${num}<span class="title">${escapeHtml(title)}</span><span class="leader"></span><span class="page">${page ?? ''}</span></a></li>`
}

function tableOfContents(
  headings: OutlineHeading[],
  appendices: Appendix[],
  pages?: ReadonlyMap<string, number>,
): string {
  const items = headings
    .filter((h) => h.depth <= TOC_DEPTH)
    .map((h) => tocEntry(h.id, h.depth, h.number, h.text, pages?.get(h.id)))
  for (const a of appendices) items.push(tocEntry(a.id, 1, `${a.label}.`, a.title, pages?.get(a.id)))
  return `<nav class="toc" aria-labelledby="inhoud"><h2 id="inhoud">Inhoudsopgave</h2><ol>${items.join('\n')}</ol></nav>`
}

const list = (items: string[]) =>
  items.length ? `<ul>${items.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</ul>` : ''

function checkAppendix(a: CheckAppendix): string {
  const rows = a.rows
    .map(
      (r) =>
        `<tr><td>${r.opgave}</td><td>${escapeHtml(r.title)}</td><td class="status-${r.status}">${escapeHtml(r.statusLabel)}</td></tr>`,
    )
    .join('')
  const table = a.rows.length
    ? `<table><thead><tr><th>Opgave</th><th>Titel</th><th>Status</th></tr></thead><tbody>${rows}</tbody></table>`
    : ''
  const details = a.rows
    .map(
      (r) =>
        `<h3>Opgave ${r.opgave}. ${escapeHtml(r.title)}</h3><p>Status: <strong class="status-${r.status}">${escapeHtml(r.statusLabel)}</strong></p>${list(r.messages)}`,
    )
    .join('\n')
  const general = a.general.length ? `<h3>Het document als geheel</h3>${list(a.general)}` : ''
  return `<p>${escapeHtml(a.intro)}</p><p><strong>${escapeHtml(a.summary)}</strong></p>${table}${general}${details}`
}

/** The groups × opgaven table: a column header is the opgave's number, its full title in `title` and below the table. */
function participationAppendix(a: ParticipationAppendix): string {
  const head = a.columns
    .map((c) => `<th scope="col" class="count" title="${escapeHtml(c.title)}">${escapeHtml(c.label)}</th>`)
    .join('')
  const rows = a.rows
    .map(
      (r) =>
        `<tr><th scope="row" class="group">${escapeHtml(r.group)}</th>${r.cells.map((c) => `<td class="count">${escapeHtml(participationCellText(c))}</td>`).join('')}</tr>`,
    )
    .join('')
  const key = a.key.map((k) => `<li>${escapeHtml(k)}</li>`).join('')
  const silent = a.silent.length
    ? `<p><strong>Geen enkele reactie van:</strong> ${a.silent.map(escapeHtml).join(', ')}.</p>`
    : '<p>Alle geraadpleegde groepen reageerden.</p>'
  return `<p>${escapeHtml(a.intro)}</p>
<p>${escapeHtml(a.legend)}</p>
<table class="participation"><thead><tr><th scope="col" class="group">Groep</th>${head}</tr></thead><tbody>${rows}</tbody></table>
<ul class="participation-key">${key}</ul>
${silent}${a.reactieverslag ? reactieverslagHtml(a.reactieverslag) : ''}`
}

/** Totals per group, then per opgave and group the public reactions, each as a short list of lines. */
function reactieverslagHtml(r: Reactieverslag): string {
  const totals = r.totals.map((t) => `<li>${escapeHtml(t)}</li>`).join('')
  const sections = r.sections
    .map((s) => {
      const groups = s.groups
        .map(
          (g) =>
            `<p class="reaction-group"><strong>${escapeHtml(g.group)}</strong></p><ul class="reactions">${g.items
              .map(
                (i) =>
                  `<li class="reaction"><strong>${escapeHtml(i.who)}</strong>${reactionLines(i)
                    .map((line) => `<br>${escapeHtml(line)}`)
                    .join('')}</li>`,
              )
              .join('')}</ul>`,
        )
        .join('')
      return `<h4>${escapeHtml(s.title)}</h4><p>${escapeHtml(sectionSummary(s))}</p>${groups}`
    })
    .join('\n')
  return `
<h3 id="reactieverslag">${escapeHtml(REACTIEVERSLAG_TITLE)}</h3>
<p>${escapeHtml(REACTIEVERSLAG_INTRO)}</p>
<ul class="reaction-totals">${totals}</ul>
${sections}`
}

function appendix(a: Appendix): string {
  const body = a.kind === 'check' ? checkAppendix(a) : participationAppendix(a)
  return `<section class="appendix" id="${a.id}"><h2><span class="num">${a.label}.</span> ${escapeHtml(a.title)}</h2>\n${body}</section>`
}

/**
 * A complete, self-contained HTML document of the export: title page, table of contents,
 * numbered body, the checker's appendix and, when there are comments, the participation appendix.
 * Every text and attribute is escaped, links are only http(s) or mailto, guidance and comments are
 * left out, and nothing is loaded from anywhere: this is also the HTML the PDF is printed from.
 */
export function toHtml(content: ExportContent, options: HtmlOptions = {}): string {
  const outline = buildOutline(content.doc)
  const page = titlePageOf(content.meta, outline)
  const meta = { ...content.meta, title: page.title }
  const appendices = buildAppendices(content)
  const body = outline.blocks.map(bodyBlock).join('\n')
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Regiovisie">
<meta name="version-id" content="${escapeHtml(meta.versionId)}">
<title>${escapeHtml(meta.title)}</title>
<style>${htmlStyles(meta)}</style>
</head>
<body>
${titlePage(page)}
${tableOfContents(outline.headings, appendices, options.pageNumbers)}
<main>
${body}
</main>
${appendices.map(appendix).join('\n')}
</body>
</html>
`
}
