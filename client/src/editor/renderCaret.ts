import type { AwarenessUser } from '../collab/createCollaboration.ts'

/**
 * Another participant's caret with a label "Name (Organisation)". Built with text nodes only:
 * the name comes from another browser and must never be parsed as HTML.
 */
export function renderCaret(user: Record<string, unknown>): HTMLElement {
  const { name, organisation, color } = user as Partial<AwarenessUser>
  const caret = document.createElement('span')
  caret.className = 'collaboration-carets__caret'
  caret.style.borderColor = color ?? 'transparent'
  const label = document.createElement('span')
  label.className = 'collaboration-carets__label'
  label.style.backgroundColor = color ?? '#444444'
  // A comma, not brackets: an organisation may carry its own ("Gemeenteraad Katwijk (raadslid)").
  label.append(document.createTextNode(organisation ? `${name ?? ''}, ${organisation}` : String(name ?? '')))
  caret.append(label)
  return caret
}
