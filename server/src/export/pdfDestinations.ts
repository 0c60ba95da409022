/**
 * The page each named destination of a PDF is on, read from the PDF Chromium (Skia) writes: a
 * classic cross-reference table, a catalog with a `/Dests` dictionary of `/name [page 0 R /XYZ …]`,
 * and a page tree of plain `/Kids` arrays. This is how the PDF's table of contents gets its page
 * numbers: Chromium supports no `target-counter()`, so the PDF is printed once, its anchors' pages
 * read here, and printed again with the numbers filled in.
 *
 * Returns null when the file is not in that shape (a different writer, compressed object streams):
 * the caller then keeps the PDF without page numbers rather than guessing.
 */
export function pdfDestinationPages(pdf: Buffer): Map<string, number> | null {
  const text = pdf.toString('latin1')
  const offsets = xrefOffsets(text)
  if (!offsets) return null
  const object = (n: number): string | null => {
    const at = offsets.get(n)
    if (at === undefined) return null
    const end = text.indexOf('endobj', at)
    return end < 0 ? null : text.slice(at, end)
  }
  const trailer = text.slice(text.lastIndexOf('trailer'))
  const root = ref(/\/Root (\d+) 0 R/.exec(trailer))
  const catalog = root === null ? null : object(root)
  if (!catalog) return null
  const pagesRoot = ref(/\/Pages (\d+) 0 R/.exec(catalog))
  const destsRef = ref(/\/Dests (\d+) 0 R/.exec(catalog))
  if (pagesRoot === null || destsRef === null) return null

  const pageNumber = new Map<number, number>()
  const visit = (n: number, depth: number) => {
    const node = object(n)
    if (!node || depth > 32) return
    if (/\/Type\s*\/Pages\b/.test(node)) {
      const kids = /\/Kids\s*\[([^\]]*)\]/.exec(node)?.[1] ?? ''
      for (const kid of kids.matchAll(/(\d+) 0 R/g)) visit(Number(kid[1]), depth + 1)
    } else if (/\/Type\s*\/Page\b/.test(node)) pageNumber.set(n, pageNumber.size + 1)
  }
  visit(pagesRoot, 0)

  const dests = object(destsRef)
  if (!dests) return null
  const pages = new Map<string, number>()
  for (const m of dests.matchAll(/\/([\w.-]+)\s*\[\s*(\d+) 0 R/g)) {
    const page = pageNumber.get(Number(m[2]))
    if (page !== undefined) pages.set(m[1]!, page)
  }
  return pages
}

function ref(match: RegExpExecArray | null): number | null {
  return match ? Number(match[1]) : null
}

/** Object number → byte offset, from the `xref` table that `startxref` points at. */
function xrefOffsets(text: string): Map<number, number> | null {
  const start = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(text.slice(-64))
  if (!start) return null
  let at = Number(start[1])
  if (!text.startsWith('xref', at)) return null
  at += 4
  const offsets = new Map<number, number>()
  const section = /\s*(\d+) (\d+)\s*\n/y
  for (;;) {
    section.lastIndex = at
    const head = section.exec(text)
    if (!head) break
    const first = Number(head[1])
    const count = Number(head[2])
    at = section.lastIndex
    for (let i = 0; i < count; i++) {
      // Each entry is exactly 20 bytes: "oooooooooo ggggg n\r\n" (or " \n").
      const entry = text.slice(at + i * 20, at + i * 20 + 18)
      if (entry.endsWith('n')) offsets.set(first + i, Number(entry.slice(0, 10)))
    }
    at += count * 20
  }
  return offsets.size ? offsets : null
}
