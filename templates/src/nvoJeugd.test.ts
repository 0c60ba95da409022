import { checkDocument, RULESETS } from '@regiovisie/shared/checker'
import { getDocumentSchema, type JSONContent } from '@regiovisie/shared/schema'
import { describe, expect, it } from 'vitest'
import { getTemplate, TEMPLATES } from './index.ts'

const build = () =>
  getTemplate('nvo-jeugd')!.build({ title: 'Regiovisie Twente', region: 'Twente', municipalities: ['Almelo', 'Borne'] })

const headings = (doc: JSONContent) => (doc.content ?? []).filter((n) => n.type === 'heading')

describe('the NvO template', () => {
  it('is valid against the shared schema', async () => {
    for (const t of Object.values(TEMPLATES)) {
      const node = getDocumentSchema().nodeFromJSON(await t.build({ title: 'x' }))
      expect(() => node.check()).not.toThrow()
    }
  })

  it('has one heading per opgave 1–8, in order, each followed by guidance', async () => {
    const doc = await build()
    const content = doc.content ?? []
    const opgaven = headings(doc).filter((h) => h.attrs?.opgave != null)
    expect(opgaven.map((h) => h.attrs?.opgave)).toEqual([1, 2, 3, 4, 5, 6, 7, 8])
    for (const h of opgaven) {
      const next = content[content.indexOf(h) + 1]
      expect(next?.type).toBe('guidance')
      expect(String(next?.attrs?.text).length).toBeGreaterThan(50)
    }
  })

  it('has a section for every opgave of the document’s rule set (1–12 under wet-2026, the BW/MO draft’s own)', async () => {
    for (const set of Object.values(RULESETS)) {
      const doc = await getTemplate('nvo-jeugd')!.build({ title: 'x', ruleset: set.id })
      const content = doc.content ?? []
      const opgaven = headings(doc).filter((h) => h.attrs?.opgave != null)
      expect(opgaven.map((h) => h.attrs?.opgave)).toEqual(set.opgaven.map((o) => o.opgave))
      for (const h of opgaven) {
        const next = content[content.indexOf(h) + 1]
        expect(next?.type).toBe('guidance')
        expect(String(next?.attrs?.text).length).toBeGreaterThan(50)
      }
      expect(() => getDocumentSchema().nodeFromJSON(doc).check()).not.toThrow()
      const report = checkDocument(doc, { ruleset: set.id })
      expect(report.opgaven.every((o) => o.sectionIndex !== undefined)).toBe(true)
    }
  })

  it('has a title block and the context sections', async () => {
    const doc = await build()
    const first = headings(doc)[0]
    expect(first?.attrs?.level).toBe(1)
    expect(first?.content?.[0]?.text).toBe('Regiovisie Twente')
    const sections = headings(doc)
      .map((h) => h.attrs?.section)
      .filter(Boolean)
    expect(sections).toEqual(['titel', 'inleiding', 'visie', 'participatie', 'gewone-taal', 'uitvoeringsagenda'])
    expect(JSON.stringify(doc)).toContain('Almelo, Borne')
  })

  it('passes the structure test but is not complete: only guidance is no content', async () => {
    const report = checkDocument(await build())
    expect(report.complete).toBe(false)
    expect(report.opgaven.map((o) => o.opgave)).toEqual([1, 2, 3, 4, 5, 6, 7, 8])
    expect(report.opgaven.every((o) => o.status === 'missing')).toBe(true)
  })

  it('does not know templates that do not exist, including prototype keys', async () => {
    expect(getTemplate('bestaat-niet')).toBeUndefined()
    expect(getTemplate('constructor')).toBeUndefined()
    expect(getTemplate('__proto__')).toBeUndefined()
  })
})
