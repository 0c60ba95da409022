import { mergeAttributes, Node } from '@tiptap/core'

/**
 * Writing guidance from the template: tells the writer what a section must contain.
 * It is its own atom node so it is never mistaken for the region's own text: the checker
 * skips it, exports leave it out, and editors cannot type into it (they can delete it).
 */
export const Guidance = Node.create({
  name: 'guidance',
  group: 'block',
  atom: true,
  selectable: true,
  draggable: false,

  addAttributes() {
    return {
      text: {
        default: '',
        parseHTML: (el) => el.textContent ?? '',
        // The text is the node's content in HTML, not an attribute.
        renderHTML: () => ({}),
      },
    }
  },

  parseHTML() {
    return [{ tag: 'aside[data-guidance]' }]
  },

  renderHTML({ node, HTMLAttributes }) {
    return [
      'aside',
      mergeAttributes(HTMLAttributes, { 'data-guidance': '', class: 'guidance', role: 'note' }),
      String(node.attrs.text ?? ''),
    ]
  },
})
