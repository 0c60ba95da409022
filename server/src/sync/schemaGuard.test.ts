import { FRAGMENT_NAME } from '@regiovisie/shared/schema'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { MAX_DEPTH, repairTransaction } from './schemaGuard.ts'

/** Applies what `edit` does to a copy of `base` into `target` the way a room does: guarded, in one transaction. */
function receive(target: Y.Doc, edit: (f: Y.XmlFragment, d: Y.Doc) => void): number {
  const src = new Y.Doc()
  Y.applyUpdate(src, Y.encodeStateAsUpdate(target))
  const before = Y.encodeStateVector(src)
  src.transact(() => edit(src.getXmlFragment(FRAGMENT_NAME), src))
  let removed = 0
  Y.transact(target, (tr) => {
    Y.applyUpdate(target, Y.encodeStateAsUpdate(src, before))
    removed = repairTransaction(tr)
  })
  return removed
}

const paragraph = (text: string) => {
  const p = new Y.XmlElement('paragraph')
  p.insert(0, [new Y.XmlText(text)])
  return p
}

describe('repairTransaction', () => {
  it('keeps valid content and removes text at the top level, unknown nodes and unknown marks', () => {
    const doc = new Y.Doc()
    const f = doc.getXmlFragment(FRAGMENT_NAME)
    expect(receive(doc, (g) => g.insert(0, [paragraph('goed')]))).toBe(0)
    expect(receive(doc, (g) => g.insert(0, [new Y.XmlText('los'), new Y.XmlElement('script')]))).toBe(2)
    expect(receive(doc, (g) => (g.get(0) as Y.XmlElement).insert(1, [new Y.XmlElement('tableCell')]))).toBe(1)
    expect(
      receive(doc, (g) => ((g.get(0) as Y.XmlElement).get(0) as Y.XmlText).insert(0, 'vet ', { evil: true })),
    ).toBe(
      2, // the mark's start and end
    )
    expect(f.toString()).toBe('<paragraph>vet goed</paragraph>')
  })

  it('cuts nesting deeper than MAX_DEPTH, also when it arrives in one update', () => {
    const doc = new Y.Doc()
    const f = doc.getXmlFragment(FRAGMENT_NAME)
    receive(doc, (g) => {
      let parent: Y.XmlFragment | Y.XmlElement = g
      for (let i = 0; i < MAX_DEPTH + 10; i++) {
        const quote = new Y.XmlElement('blockquote')
        parent.insert(0, [quote])
        parent = quote
      }
    })
    let depth = 0
    for (let t: Y.XmlFragment | Y.XmlElement | undefined = f; t; t = t.get(0) as Y.XmlElement | undefined) depth++
    expect(depth - 1).toBe(MAX_DEPTH)
  })

  it('looks only at what the update added: an old child is not judged again', () => {
    const doc = new Y.Doc()
    const f = doc.getXmlFragment(FRAGMENT_NAME)
    // Stored before the guard existed (or by a tool that writes the state directly).
    f.insert(0, [new Y.XmlElement('legacy')])
    expect(receive(doc, (g) => g.insert(g.length, [paragraph('nieuw')]))).toBe(0)
    expect(f.length).toBe(2)
  })

  it('leaves other root types alone (stock tools keep data there)', () => {
    const doc = new Y.Doc()
    doc.getXmlFragment(FRAGMENT_NAME)
    expect(receive(doc, (_g, d) => d.getXmlFragment('elders').insert(0, [new Y.XmlElement('script')]))).toBe(0)
  })
})
