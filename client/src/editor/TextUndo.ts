import { Extension } from '@tiptap/core'
import { Plugin, PluginKey } from '@tiptap/pm/state'

const MOD_UNDO = new Set(['z', 'y'])

/** Whether `target` keeps its own native undo: text fields and other editable elements. */
function ownsUndo(target: EventTarget | null, editorDom: HTMLElement): boolean {
  if (!(target instanceof HTMLElement)) return false
  if (editorDom.contains(target)) return false
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true
  if (target instanceof HTMLInputElement)
    return !['button', 'submit', 'reset', 'checkbox', 'radio'].includes(target.type)
  return target.isContentEditable
}

/**
 * Undo and redo act on the text only, and only while the text has focus. Yjs keeps the only undo
 * history of the text (local edits only; other people's edits and restores are never undone).
 * The browser keeps one of its own for the whole page: Ctrl+Z pressed on a button outside the
 * editor would replay it into the editor's DOM, which ProseMirror then reads as an edit (it
 * deleted an earlier sentence). So native undo is stopped everywhere except in form fields, and
 * inside the editor Ctrl+Z and Ctrl+Y are always handled here, even with nothing to undo.
 */
export const TextUndo = Extension.create({
  name: 'textUndo',
  // Before Collaboration's own Mod-z (priority 1000), which falls through when its stack is empty.
  priority: 1002,

  addKeyboardShortcuts() {
    const run = (redo: boolean) => () => {
      if (this.editor.isEditable) {
        if (redo) this.editor.commands.redo()
        else this.editor.commands.undo()
      }
      return true
    }
    return { 'Mod-z': run(false), 'Shift-Mod-z': run(true), 'Mod-y': run(true) }
  },

  addProseMirrorPlugins() {
    const editor = this.editor
    return [
      new Plugin({
        key: new PluginKey('textUndo'),
        props: {
          handleDOMEvents: {
            // The browser's Edit menu, or a shortcut the keymap did not see.
            beforeinput: (_view, event) => {
              if (event.inputType !== 'historyUndo' && event.inputType !== 'historyRedo') return false
              event.preventDefault()
              if (editor.isEditable) {
                if (event.inputType === 'historyRedo') editor.commands.redo()
                else editor.commands.undo()
              }
              return true
            },
          },
        },
        view: (view) => {
          const onKeyDown = (event: KeyboardEvent) => {
            if (!(event.ctrlKey || event.metaKey) || event.altKey) return
            if (!MOD_UNDO.has(event.key.toLowerCase())) return
            if (view.dom.contains(event.target as Node) || ownsUndo(event.target, view.dom)) return
            event.preventDefault()
          }
          const onBeforeInput = (event: InputEvent) => {
            if (event.inputType !== 'historyUndo' && event.inputType !== 'historyRedo') return
            if (view.dom.contains(event.target as Node) || ownsUndo(event.target, view.dom)) return
            event.preventDefault()
          }
          document.addEventListener('keydown', onKeyDown, true)
          document.addEventListener('beforeinput', onBeforeInput, true)
          return {
            destroy() {
              document.removeEventListener('keydown', onKeyDown, true)
              document.removeEventListener('beforeinput', onBeforeInput, true)
            },
          }
        },
      }),
    ]
  },
})
