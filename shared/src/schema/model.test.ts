import { describe, expect, it } from 'vitest'
import { getDocumentSchema } from './index.ts'
import { DOCUMENT_SCHEMA_SPEC, getDocumentModel } from './model.ts'

/** A schema's spec without what is code (DOM rules and renderers): what the model must equal. */
function specAsData() {
  const schema = getDocumentSchema()
  const data = (spec: object) =>
    Object.fromEntries(
      Object.entries(spec).filter(
        ([key, value]) => typeof value !== 'function' && key !== 'parseDOM' && key !== 'toDOM',
      ),
    )
  const nodes: Record<string, object> = {}
  schema.spec.nodes.forEach((name, spec) => {
    nodes[name] = data(spec)
  })
  const marks: Record<string, object> = {}
  schema.spec.marks.forEach((name, spec) => {
    marks[name] = data(spec)
  })
  return { topNode: schema.spec.topNode, nodes, marks }
}

describe('the document model (the schema without Tiptap)', () => {
  it('is the Tiptap extensions’ schema, in the same order (on failure, copy the received object into model.ts)', () => {
    const expected = specAsData()
    expect(DOCUMENT_SCHEMA_SPEC).toEqual(expected)
    expect(Object.keys(DOCUMENT_SCHEMA_SPEC.nodes)).toEqual(Object.keys(expected.nodes))
    expect(Object.keys(DOCUMENT_SCHEMA_SPEC.marks)).toEqual(Object.keys(expected.marks))
  })

  it('reads and writes the same JSON as the full schema', () => {
    const json = {
      type: 'doc',
      content: [
        {
          type: 'heading',
          attrs: { level: 2, opgave: 3, section: null },
          content: [{ type: 'text', text: 'Opgave 3' }],
        },
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'vet', marks: [{ type: 'bold' }] },
            { type: 'hardBreak' },
            { type: 'text', text: 'link', marks: [{ type: 'link', attrs: { href: 'https://vng.nl' } }] },
          ],
        },
        { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph' }] }] },
        {
          type: 'table',
          content: [{ type: 'tableRow', content: [{ type: 'tableHeader', content: [{ type: 'paragraph' }] }] }],
        },
        { type: 'guidance', attrs: { text: 'Beschrijf hier…' } },
      ],
    }
    const viaModel = getDocumentModel().nodeFromJSON(json)
    viaModel.check()
    expect(viaModel.toJSON()).toEqual(getDocumentSchema().nodeFromJSON(json).toJSON())
  })
})
