import type { DocumentResponse, Invites } from '@regiovisie/shared/api'
import { can } from '@regiovisie/shared/roles'
import { EditorContent } from '@tiptap/react'
import { NumberBadge } from '@utrecht/component-library-react'
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { AdoptionDialog } from '../adoption/AdoptionDialog.tsx'
import { api } from '../api.ts'
import { CheckerPanel } from '../checker/CheckerPanel.tsx'
import { RulesetControl } from '../checker/RulesetControl.tsx'
import { useCheckContext } from '../checker/useCheckContext.ts'
import type { AwarenessUser, Collaboration } from '../collab/createCollaboration.ts'
import { SaveStatus } from '../collab/SaveStatus.tsx'
import { useSaveState } from '../collab/useCollaboration.ts'
import { CommentsPanel } from '../comments/CommentsPanel.tsx'
import { SelectionCommentButton } from '../comments/SelectionCommentButton.tsx'
import { type DraftMode, draftFromSelection } from '../comments/suggestionDraft.ts'
import type { ThreadDraft } from '../comments/ThreadDraft.ts'
import { threadPermissions } from '../comments/threadPermissions.ts'
import { useCommentActions } from '../comments/useCommentActions.ts'
import { useHighlightState } from '../comments/useHighlightState.ts'
import { useMarginMode } from '../comments/useMarginMode.ts'
import { useSyncHighlights } from '../comments/useSyncHighlights.ts'
import { useThreads } from '../comments/useThreads.ts'
import { AccessBadge, AccessNotice, accessOf, EditorHints } from '../editor/ReadOnlyState.tsx'
import { Toolbar } from '../editor/Toolbar.tsx'
import { useDocumentEditor } from '../editor/useDocumentEditor.ts'
import { useEscapeToText } from '../editor/useEscapeToText.ts'
import { DownloadDialog } from '../export/DownloadDialog.tsx'
import { LanguageSwitch } from '../i18n/LanguageSwitch.tsx'
import { roleLabel } from '../i18n/roleLabel.ts'
import { useI18n } from '../i18n/useI18n.ts'
import { ParticipantsDialog } from '../participants/ParticipantsDialog.tsx'
import { ParticipationPanel } from '../participation/ParticipationPanel.tsx'
import { PresenceStack } from '../presence/PresenceStack.tsx'
import { ReadabilityPanel } from '../readability/ReadabilityPanel.tsx'
import { useTheme } from '../theme/useTheme.ts'
import { useDocumentTitle } from '../useDocumentTitle.ts'
import { VersionRestoredNotice } from '../versions/VersionRestoredNotice.tsx'
import { VersionsDialog } from '../versions/VersionsDialog.tsx'
import { PersonalLinkDialog, PersonalLinkWelcome } from './PersonalLink.tsx'
import { ShareDialog } from './ShareDialog.tsx'
import '../styles/phone.css'
import { useTitleBlock } from '../editor/useTitleBlock.ts'
import { PanelJump } from './PanelJump.tsx'
import { SidePanel, type SideTab } from './SidePanel.tsx'
import { useHeaderHeight } from './useHeaderHeight.ts'

interface Props {
  doc: DocumentResponse
  collab: Collaboration
  user: AwarenessUser
  /** The session token, for the comment and participant calls. */
  token: string
}

/** The document screen: header with status and presence, the editor, and the side panel (comments, participation, checker). */
export function DocumentWorkspace({ doc, collab, user, token }: Props) {
  const { t } = useI18n()
  const { state } = useSaveState(collab)
  const closed = state === 'closed'
  const editable = can(doc.role, 'document.edit') && !closed
  const editor = useDocumentEditor({ collab, user, editable, label: t.editorLabel })
  const title = useTitleBlock(editor, doc.title)
  useDocumentTitle(title)
  const access = accessOf(doc.role, closed)
  useEscapeToText(editor)
  const [invites, setInvites] = useState<Invites | undefined>(doc.invites)
  const [ruleset, setRuleset] = useState(doc.ruleset)
  const [theme, setTheme] = useState(doc.theme)
  const [downloadAllowed, setDownloadAllowed] = useState(doc.downloadAllowed)
  useTheme(theme)
  // Adoption, rule set and confirmed groups reach every open checker at once (message type 7).
  const [contextRevision, setContextRevision] = useState(0)
  useEffect(
    () =>
      collab.onDocumentChanged(() => {
        setContextRevision((n) => n + 1)
        api.getDocument(doc.id, token).then(
          (fresh) => {
            setRuleset(fresh.ruleset)
            setTheme(fresh.theme)
            setDownloadAllowed(fresh.downloadAllowed)
          },
          () => {},
        )
      }),
    [collab, doc.id, token],
  )
  const workspace = useRef<HTMLDivElement>(null)
  const header = useRef<HTMLElement>(null)
  const [bar, setBar] = useState<HTMLDivElement | null>(null)
  useHeaderHeight(header, workspace, bar)
  const [marginBar, setMarginBar] = useState<HTMLDivElement | null>(null)

  const threads = useThreads(doc.id, token, collab)
  const actions = useCommentActions(doc.id, token, threads.reload)
  const checkContext = useCheckContext(doc.id, token, threads.threads, contextRevision)
  // Once the server has closed the connection for good (revoked, expired), nothing can be written.
  const permissions = useMemo(
    () => threadPermissions(closed ? 'viewer' : doc.role, doc.me.id),
    [closed, doc.role, doc.me.id],
  )
  const [tab, setTab] = useState<SideTab>(can(doc.role, 'document.edit') ? 'checker' : 'comments')
  // On a wide screen the threads stand in the margin beside the text, not in a tab.
  const wide = useMarginMode()
  const shownTab: SideTab = wide && tab === 'comments' ? 'checker' : tab
  const [draft, setDraft] = useState<ThreadDraft | null>(null)
  useSyncHighlights(editor, threads.threads, draft)
  const drafts = useRef(0)
  const canComment = permissions.create

  // A comment on the selection, or a proposal to change it ("Voorstel doen").
  const commentOnSelection = useCallback(
    (mode: DraftMode = 'comment') => {
      if (!canComment) return
      const next = draftFromSelection(editor.state, mode)
      if (!next) return
      setDraft({ ...next, key: ++drafts.current })
      if (!wide) setTab('comments')
    },
    [editor, canComment, wide],
  )
  const suggestOnSelection = useCallback(() => commentOnSelection('suggestion'), [commentOnSelection])
  const startDraft = useCallback((next: ThreadDraft | null) => {
    setDraft(next && { ...next, key: ++drafts.current })
  }, [])
  useEffect(() => {
    if (closed) setDraft(null)
  }, [closed])

  // Clicking a highlighted passage opens its thread in the comments tab.
  const { clicks } = useHighlightState(editor)
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a click opens the tab, not a resize.
  useEffect(() => {
    if (clicks > 0 && !wide) setTab('comments')
  }, [clicks])

  const open = threads.threads.filter((th) => !th.resolved).length
  const meta = [
    doc.region && t.docRegion(doc.region),
    doc.municipalities.join(', '),
    t.docYouAre(roleLabel(t, doc.role)),
  ]
    .filter(Boolean)
    .join(' · ')

  return (
    <div className="workspace" ref={workspace}>
      <a className="skip-link" href="#editor">
        {t.skipToContent}
      </a>
      <header className="doc-header" ref={header}>
        <div className="doc-heading">
          <h1 className="doc-title">{title}</h1>
          <AccessBadge access={access} />
          <p className="doc-meta" title={meta}>
            {meta}
          </p>
        </div>
        <div className="doc-tools">
          <SaveStatus collab={collab} canEdit={can(doc.role, 'document.edit')} />
          <PresenceStack awareness={collab.provider.awareness} editor={editor} />
          <DownloadDialog
            documentId={doc.id}
            token={token}
            role={doc.role}
            downloadAllowed={downloadAllowed}
            editor={editor}
          />
          <VersionsDialog
            documentId={doc.id}
            token={token}
            role={closed ? 'viewer' : doc.role}
            downloadAllowed={downloadAllowed}
          />
          <AdoptionDialog documentId={doc.id} token={token} role={closed ? 'viewer' : doc.role} />
          {invites && (
            <ShareDialog
              invites={invites}
              documentId={doc.id}
              token={token}
              onRenewed={(role, invite) => setInvites((old) => old && { ...old, [role]: invite })}
              theme={theme}
              onThemeChanged={can(doc.role, 'theme.change') ? setTheme : undefined}
            />
          )}
          <PersonalLinkDialog documentId={doc.id} title={doc.title} token={token} me={doc.me} />
          {can(doc.role, 'participants.manage') && (
            <ParticipantsDialog
              documentId={doc.id}
              token={token}
              me={doc.me.id}
              onInviteRenewed={(role, invite) => setInvites((old) => old && { ...old, [role]: invite })}
            />
          )}
          <LanguageSwitch />
        </div>
      </header>
      <main id="editor" className={wide ? 'doc-main doc-main-with-margin' : 'doc-main'} tabIndex={-1}>
        <PersonalLinkWelcome documentId={doc.id} title={doc.title} token={token} name={doc.me.name} />
        <VersionRestoredNotice collab={collab} me={doc.me.id} />
        {!editable && <AccessNotice access={access} />}
        {(editable || wide) && (
          // One sticky bar across the text and the margin: the toolbar above the text, the comments'
          // own controls above the margin. Text and threads pass under the same edge.
          <div className="doc-bar" ref={setBar}>
            {editable && <Toolbar editor={editor} />}
            {wide && <div className="doc-bar-margin" ref={setMarginBar} />}
          </div>
        )}
        <EditorContent editor={editor} className="editor" />
        <EditorHints editor={editor} access={access} />
        {canComment && (
          <SelectionCommentButton
            editor={editor}
            onComment={commentOnSelection}
            onSuggest={suggestOnSelection}
            inMargin={wide}
          />
        )}
        {wide && (
          <CommentsPanel
            editor={editor}
            threads={threads}
            permissions={permissions}
            actions={actions}
            draft={draft}
            onDraft={startDraft}
            layout="margin"
            bar={marginBar}
          />
        )}
      </main>
      {!wide && <PanelJump tabs={['checker', 'comments']} onSelect={setTab} />}
      <SidePanel
        selected={shownTab}
        onSelect={setTab}
        tabs={[
          ...(wide
            ? []
            : [
                {
                  id: 'comments' as const,
                  label: (
                    <>
                      {t.tabComments}
                      {open > 0 && (
                        <>
                          <NumberBadge className="tab-count" aria-hidden="true">
                            {open}
                          </NumberBadge>
                          <span className="visually-hidden"> ({t.commentsOpen(open)})</span>
                        </>
                      )}
                    </>
                  ),
                  content: (
                    <CommentsPanel
                      editor={editor}
                      threads={threads}
                      permissions={permissions}
                      actions={actions}
                      draft={draft}
                      onDraft={startDraft}
                      layout="list"
                    />
                  ),
                },
              ]),
          {
            id: 'participation',
            label: t.tabParticipation,
            content: (
              <ParticipationPanel
                documentId={doc.id}
                token={token}
                visible={shownTab === 'participation'}
                version={threads.threads}
                ruleset={ruleset}
              />
            ),
          },
          {
            id: 'checker',
            label: t.checkerLabel,
            content: (
              <CheckerPanel
                editor={editor}
                ruleset={ruleset}
                context={checkContext}
                rulesetControl={
                  <RulesetControl
                    documentId={doc.id}
                    token={token}
                    ruleset={ruleset}
                    canChange={can(closed ? 'viewer' : doc.role, 'ruleset.change')}
                    onChanged={setRuleset}
                  />
                }
              />
            ),
          },
          {
            id: 'readability',
            label: t.tabReadability,
            content: <ReadabilityPanel editor={editor} visible={shownTab === 'readability'} />,
          },
        ]}
      />
    </div>
  )
}
