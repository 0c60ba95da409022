import type { Editor } from '@tiptap/react'
import { useEffect } from 'react'

function isTextField(el: Element): boolean {
  return el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement || el instanceof HTMLSelectElement
}

/**
 * Escape in the side panel (comments, participation, checker) returns the focus to the text, where
 * it was: after posting a comment, a keyboard user is back in the text with one key. Escape in a
 * form field stays with that field (a reply form uses it to cancel), except the new-comment form,
 * whose cancel has nowhere else to go. Dialogs and menus that handle Escape themselves call
 * preventDefault and are left alone.
 */
export function useEscapeToText(editor: Editor): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.ctrlKey || event.metaKey || event.altKey) return
      const target = event.target
      if (!(target instanceof Element) || !target.closest('.side-panel') || target.closest('dialog')) return
      const newComment = target.closest('.new-thread') !== null
      if (!newComment && (event.defaultPrevented || isTextField(target))) return
      event.preventDefault()
      // After React has handled the key (the draft may be closing), restore the text's selection and focus.
      // (ProseMirror's focus() does nothing in a read-only view; commenters post from one.)
      requestAnimationFrame(() => {
        if (editor.isEditable) editor.view.focus()
        else editor.view.dom.focus({ preventScroll: true })
      })
    }
    document.addEventListener('keydown', onKeyDown)
    return () => document.removeEventListener('keydown', onKeyDown)
  }, [editor])
}
