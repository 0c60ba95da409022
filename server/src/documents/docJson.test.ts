import type { JSONContent } from '@regiovisie/shared/schema'
import { FRAGMENT_NAME, getDocumentModel } from '@regiovisie/shared/schema/model'
import { getTemplate } from '@regiovisie/templates'
import { prosemirrorJSONToYXmlFragment } from '@tiptap/y-tiptap'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { jsonToYUpdate, yDocToJson } from './docJson.ts'

/** The Yjs tree of a fragment: element names, attributes and text deltas, in order. */
function tree(type: Y.XmlFragment | Y.XmlElement | Y.XmlText): unknown {
  if (type instanceof Y.XmlText) return { text: type.toDelta() }
  const children = type.toArray().map((child) => tree(child as Y.XmlElement | Y.XmlText))
  return type instanceof Y.XmlElement ? { name: type.nodeName, attrs: type.getAttributes(), children } : children
}

const ours = (json: JSONContent) => {
  const doc = new Y.Doc()
  Y.applyUpdate(doc, jsonToYUpdate(json))
  return doc
}
/** The editor binding's own layout of the same content. */
const binding = (json: JSONContent) => {
  const doc = new Y.Doc()
  prosemirrorJSONToYXmlFragment(getDocumentModel(), json, doc.getXmlFragment(FRAGMENT_NAME))
  return doc
}

const text = (value: string, marks?: JSONContent['marks']): JSONContent => ({ type: 'text', text: value, marks })
const RICH: JSONContent = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 2, opgave: 3 }, content: [text('Opgave 3. Toegang')] },
    { type: 'guidance', attrs: { text: 'Toelichting' } },
    {
      type: 'paragraph',
      content: [
        text('Het '),
        text('buurtteam', [{ type: 'bold' }]),
        text(' werkt met ', [{ type: 'italic' }]),
        text('de vijf basisfuncties', [{ type: 'bold' }, { type: 'italic' }]),
        { type: 'hardBreak' },
        text('zie de site', [{ type: 'link', attrs: { href: 'https://example.org/regio' } }]),
        text('.'),
      ],
    },
    { type: 'paragraph' },
    {
      type: 'bulletList',
      content: [
        { type: 'listItem', content: [{ type: 'paragraph', content: [text('maart 2026: marktconsultatie')] }] },
        {
          type: 'listItem',
          content: [
            { type: 'paragraph', content: [text('juni 2026: gunning')] },
            { type: 'orderedList', content: [{ type: 'listItem', content: [{ type: 'paragraph' }] }] },
          ],
        },
      ],
    },
    { type: 'blockquote', content: [{ type: 'paragraph', content: [text('Een jongere: “eindelijk”')] }] },
    {
      type: 'table',
      content: [
        {
          type: 'tableRow',
          content: [
            { type: 'tableHeader', content: [{ type: 'paragraph', content: [text('Gemeente')] }] },
            { type: 'tableHeader', content: [{ type: 'paragraph', content: [text('Raadsbesluit')] }] },
          ],
        },
        {
          type: 'tableRow',
          content: [
            { type: 'tableCell', attrs: { colspan: 2 }, content: [{ type: 'paragraph', content: [text('Alle')] }] },
          ],
        },
      ],
    },
  ],
}

describe('jsonToYUpdate', () => {
  it('lays out a document exactly as the editor binding does', async () => {
    const template = await getTemplate('nvo-jeugd')!.build({ title: 'Regiovisie', ruleset: 'wet-2026' })
    for (const json of [RICH, template]) {
      const a = ours(json)
      const b = binding(json)
      expect(tree(a.getXmlFragment(FRAGMENT_NAME))).toEqual(tree(b.getXmlFragment(FRAGMENT_NAME)))
      expect(yDocToJson(a)).toEqual(yDocToJson(b))
    }
  })

  it('reads back what it wrote (attributes left at null are not stored, as in the binding)', () => {
    const back = getDocumentModel().nodeFromJSON(yDocToJson(ours(RICH)))
    expect(back.eq(getDocumentModel().nodeFromJSON(RICH))).toBe(true)
  })

  it('refuses content the schema does not allow', () => {
    expect(() => jsonToYUpdate({ type: 'doc', content: [{ type: 'script' }] })).toThrow()
    expect(() => jsonToYUpdate({ type: 'doc', content: [text('loose text')] })).toThrow()
  })

  it('needs no hashed mark names: no mark of the schema may overlap itself', () => {
    for (const mark of Object.values(getDocumentModel().marks)) expect(mark.excludes(mark), mark.name).toBe(true)
  })
})
