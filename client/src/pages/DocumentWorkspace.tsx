import type { DocumentResponse } from '@regiovisie/shared/api'
import { can } from '@regiovisie/shared/roles'
import { EditorContent } from '@tiptap/react'
import { CheckerPanel } from '../checker/CheckerPanel.tsx'
import type { AwarenessUser, Collaboration } from '../collab/createCollaboration.ts'
import { SaveStatus } from '../collab/SaveStatus.tsx'
import { useSaveState } from '../collab/useCollaboration.ts'
import { Toolbar } from '../editor/Toolbar.tsx'
import { useDocumentEditor } from '../editor/useDocumentEditor.ts'
import { LanguageSwitch } from '../i18n/LanguageSwitch.tsx'
import { roleLabel } from '../i18n/roleLabel.ts'
import { useI18n } from '../i18n/useI18n.ts'
import { PresenceList } from '../presence/PresenceList.tsx'
import { useDocumentTitle } from '../useDocumentTitle.ts'
import { ShareDialog } from './ShareDialog.tsx'

interface Props {
  doc: DocumentResponse
  collab: Collaboration
  user: AwarenessUser
}

/** The document screen: header with status and presence, the editor, and the checker panel. */
export function DocumentWorkspace({ doc, collab, user }: Props) {
  const { t } = useI18n()
  const { state } = useSaveState(collab)
  const editable = can(doc.role, 'document.edit') && state !== 'closed'
  useDocumentTitle(doc.title)
  const editor = useDocumentEditor({ collab, user, editable, label: t.editorLabel })
  const meta = [
    doc.region && t.docRegion(doc.region),
    doc.municipalities.join(', '),
    t.docYouAre(roleLabel(t, doc.role)),
  ]
    .filter(Boolean)
    .join(' · ')

  return (
    <div className="workspace">
      <a className="skip-link" href="#editor">
        {t.skipToContent}
      </a>
      <header className="doc-header">
        <div className="doc-heading">
          <h1 className="doc-title">{doc.title}</h1>
          <p className="doc-meta" title={meta}>
            {meta}
          </p>
        </div>
        <div className="doc-tools">
          <SaveStatus collab={collab} />
          <PresenceList awareness={collab.provider.awareness} />
          {doc.invites && <ShareDialog invites={doc.invites} />}
          <LanguageSwitch />
        </div>
      </header>
      <main id="editor" className="doc-main" tabIndex={-1}>
        {editable ? <Toolbar editor={editor} /> : <p className="read-only-notice">{t.readOnlyNotice}</p>}
        <EditorContent editor={editor} className="editor" />
      </main>
      <CheckerPanel editor={editor} ruleset={doc.ruleset} />
    </div>
  )
}
