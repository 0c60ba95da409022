import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { checkDocument } from '@regiovisie/shared/checker'
import type { JSONContent } from '@regiovisie/shared/schema'
import { describe, expect, it } from 'vitest'
import { bufferToJson, ImportError } from './fileToJson.ts'

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), 'fixtures')
const bytes = (s: string) => new TextEncoder().encode(s)
const blocks = (doc: JSONContent) =>
  (doc.content ?? []).map(
    (n) => `${n.type}${n.attrs?.level ?? ''}: ${JSON.stringify(n).match(/"text":"([^"]*)"/g)?.length ?? 0}`,
  )

describe('bufferToJson', () => {
  it('reads a DOCX with its headings and paragraphs (mammoth)', async () => {
    const doc = await bufferToJson(readFileSync(join(FIXTURES, 'regiovisie.docx')), 'visie.docx')
    expect(doc.content?.[0]).toMatchObject({ type: 'heading', attrs: { level: 1 } })
    expect(doc.content?.[1]).toMatchObject({ type: 'heading', attrs: { level: 1 } })
    expect(blocks(doc)).toHaveLength(4)
    const o6 = checkDocument(doc).opgaven[5]!
    expect(o6.findings.find((f) => f.code === 'opgave-6.uitvoeringsvariant')?.severity).toBe('info')
  })

  it('keeps the structure of HTML and drops scripts, styles, images and event handlers', async () => {
    const doc = await bufferToJson(
      bytes(
        '<h2 onclick="x()">Inkoop</h2><script>alert(1)</script><style>p{}</style><p>Tekst <img src="https://evil.example/x.png"> <a href="javascript:alert(1)">link</a></p><ul><li>een</li></ul>',
      ),
      'visie.html',
    )
    const json = JSON.stringify(doc)
    expect(json).not.toMatch(/alert|evil|onclick|javascript/)
    expect(doc.content?.map((n) => n.type)).toEqual(['heading', 'paragraph', 'bulletList'])
  })

  it.each([
    ['visie.md', 'De regio ~~koopt alles samen in~~ kiest per functie.'],
    ['visie.html', '<p>De regio <del>koopt alles samen in</del> kiest per functie.</p>'],
  ])('keeps struck text of %s between ~~ marks (the editor has no strikethrough)', async (name, content) => {
    const doc = await bufferToJson(bytes(content), name)
    expect(JSON.stringify(doc)).toContain('De regio ~~koopt alles samen in~~ kiest per functie.')
  })

  it.each([
    ['leeg.md', '', 'het bestand is leeg'],
    ['leeg.txt', '  \n\n ', 'het bestand is leeg'],
    ['visie.pdf', '%PDF-1.4', 'PDF wordt niet ondersteund'],
    ['visie.odt', 'x', 'wordt niet ondersteund'],
    ['kapot.json', '{', 'geen geldige JSON'],
    ['kapot.docx', 'geen zip', 'geen leesbaar Word-document'],
    ['alleen-markup.html', '<div><br></div>', 'geen tekst'],
    ['te-lang.txt', 'Titel\n\nEen regel.\n'.repeat(20_000), 'te veel tekst'],
    ['te-veel-tags.html', '<p>a</p>'.repeat(130_000), 'te veel tekst'],
    [
      'te-veel-alineas.json',
      JSON.stringify({ type: 'doc', content: Array(20_001).fill({ type: 'paragraph' }) }),
      'te veel tekst',
    ],
  ])('refuses %s with a Dutch message', async (name, content, message) => {
    const attempt = bufferToJson(bytes(content), name)
    await expect(attempt).rejects.toBeInstanceOf(ImportError)
    await expect(attempt).rejects.toThrow(message)
  })

  it('refuses text that is not UTF-8', async () => {
    await expect(bufferToJson(new Uint8Array([0xff, 0xfe, 0x00, 0x41]), 'x.txt')).rejects.toThrow('UTF-8')
  })
})
