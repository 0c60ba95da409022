import type { Finding, LocalizedOpgave, OpgaveStatus } from '@regiovisie/shared/checker'
import type { Editor } from '@tiptap/react'
import { StatusBadge } from '@utrecht/component-library-react'
import { useId } from 'react'
import { useI18n } from '../i18n/useI18n.ts'
import { FindingList } from './FindingList.tsx'
import { focusOpgave } from './focusOpgave.ts'

/** The NL Design System status of each outcome. */
const BADGE: Record<OpgaveStatus, string> = { addressed: 'valid', partial: 'warning', missing: 'invalid' }

/** A tip for a recommended element: advice, neither lacking nor found. */
export function isTip(finding: Finding): boolean {
  return finding.severity === 'info' && /^tip\b/i.test(finding.message)
}

/** Warnings (and findings without a severity) say what is lacking; info findings what was found. */
export function isFound(finding: Finding): boolean {
  return finding.severity === 'info' && !isTip(finding)
}

/** Under the heading "Gevonden" a finding does not say "Gevonden:" again. */
function withoutFoundPrefix<F extends Finding>(finding: F): F {
  const match = /^(Gevonden|Found): (.)/.exec(finding.message)
  if (!match) return finding
  const rest = finding.message.slice(match[0].length - 1)
  return { ...finding, message: rest.charAt(0).toUpperCase() + rest.slice(1) }
}

/** One opgave in the checker panel: status in words, then its to-dos and what was found, apart. */
export function OpgaveItem({ editor, opgave }: { editor: Editor; opgave: LocalizedOpgave }) {
  const { t } = useI18n()
  const ids = { todo: useId(), found: useId(), tips: useId() }
  const statusLabel: Record<OpgaveStatus, string> = {
    addressed: t.statusAddressed,
    partial: t.statusPartial,
    missing: t.statusMissing,
  }
  const todo = opgave.findings.filter((f) => !isFound(f) && !isTip(f))
  const found = opgave.findings.filter(isFound).map(withoutFoundPrefix)
  const tips = opgave.findings.filter(isTip)

  return (
    <li className={`opgave opgave-${opgave.status}`} data-opgave={opgave.opgave} data-status={opgave.status}>
      <button
        type="button"
        className="opgave-button"
        title={t.checkerGoTo(opgave.opgave, opgave.title)}
        onClick={() => focusOpgave(editor, opgave.opgave)}
      >
        <span className="opgave-number">{t.checkerOpgave(opgave.opgave)}</span>
        <span className="opgave-title" lang={opgave.titleLang}>
          {opgave.title}
        </span>
        <StatusBadge className={`badge badge-${opgave.status}`} status={BADGE[opgave.status]}>
          {statusLabel[opgave.status]}
        </StatusBadge>
      </button>
      {todo.length > 0 && (
        <div className="findings findings-todo">
          <p id={ids.todo} className="findings-label">
            {t.checkerTodo}
          </p>
          <FindingList editor={editor} findings={todo} labelledBy={ids.todo} />
        </div>
      )}
      {found.length > 0 && (
        <div className="findings findings-found">
          <p id={ids.found} className="findings-label">
            {t.checkerFound}
          </p>
          <FindingList editor={editor} findings={found} labelledBy={ids.found} />
        </div>
      )}
      {tips.length > 0 && (
        <div className="findings findings-tips">
          <p id={ids.tips} className="findings-label">
            {t.checkerTips}
          </p>
          <FindingList editor={editor} findings={tips} labelledBy={ids.tips} />
        </div>
      )}
    </li>
  )
}
