import Heading from '@tiptap/extension-heading'

function parseOpgave(value: string | null): number | null {
  if (value === null) return null
  const n = Number(value)
  return Number.isInteger(n) && n >= 1 && n <= 99 ? n : null
}

/**
 * Heading with two optional attributes that mark template sections:
 * `opgave` (the NvO opgave number, 1–8, or a rule set's extra items from 9 on) and
 * `section` (a context section key such as "inleiding"). Both survive the Yjs round trip
 * as attributes of the `heading` XML element.
 */
export const SectionHeading = Heading.extend({
  addAttributes() {
    return {
      ...this.parent?.(),
      opgave: {
        default: null,
        parseHTML: (el) => parseOpgave(el.getAttribute('data-opgave')),
        renderHTML: (attrs) => (attrs.opgave == null ? {} : { 'data-opgave': String(attrs.opgave) }),
      },
      section: {
        default: null,
        parseHTML: (el) => el.getAttribute('data-section'),
        renderHTML: (attrs) => (attrs.section == null ? {} : { 'data-section': String(attrs.section) }),
      },
    }
  },
})
