import { Button } from '@utrecht/component-library-react'
import { useI18n } from '../i18n/useI18n.ts'
import type { SideTab } from './SidePanel.tsx'

/**
 * On a phone or a narrow window the side panel stands below the whole document: this bar, fixed at
 * the bottom (CSS hides it on wide screens), opens the checker or the comments with one tap and
 * takes the reader there, and back to the text.
 */
export function PanelJump({ tabs, onSelect }: { tabs: readonly SideTab[]; onSelect: (tab: SideTab) => void }) {
  const { t } = useI18n()
  const labels: Partial<Record<SideTab, string>> = { checker: t.jumpChecker, comments: t.jumpComments }

  function open(tab: SideTab) {
    onSelect(tab)
    // After React has shown the tab: bring the panel into view and put focus on its selected tab.
    requestAnimationFrame(() => {
      const panel = document.querySelector<HTMLElement>('.side-panel')
      panel?.scrollIntoView({ block: 'start' })
      panel?.querySelector<HTMLElement>('[role="tab"][aria-selected="true"]')?.focus({ preventScroll: true })
    })
  }

  function backToText() {
    const text = document.querySelector<HTMLElement>('.editor .tiptap')
    text?.scrollIntoView({ block: 'start' })
    text?.focus({ preventScroll: true })
  }

  return (
    <nav className="panel-jump" aria-label={t.jumpLabel}>
      {tabs
        .filter((tab) => labels[tab])
        .map((tab) => (
          <Button key={tab} appearance="secondary-action-button" onClick={() => open(tab)}>
            {labels[tab]}
          </Button>
        ))}
      <Button appearance="subtle-button" onClick={backToText}>
        {t.jumpText}
      </Button>
    </nav>
  )
}
