import { Button } from '@utrecht/component-library-react'
import { type KeyboardEvent, type ReactNode, useRef } from 'react'
import { useI18n } from '../i18n/useI18n.ts'

export type SideTab = 'comments' | 'participation' | 'checker' | 'readability'

export interface SidePanelTab {
  id: SideTab
  label: ReactNode
  content: ReactNode
}

interface Props {
  tabs: SidePanelTab[]
  selected: SideTab
  onSelect(tab: SideTab): void
}

/**
 * The column beside the text, with tabs (WAI-ARIA tabs pattern: arrow keys, Home and End move
 * between tabs). Every panel stays mounted, so a half-written comment survives a look at the checker.
 */
export function SidePanel({ tabs, selected, onSelect }: Props) {
  const { t } = useI18n()
  const buttons = useRef(new Map<SideTab, HTMLButtonElement>())

  function onKeyDown(event: KeyboardEvent) {
    const index = tabs.findIndex((tab) => tab.id === selected)
    const next =
      event.key === 'ArrowRight'
        ? (index + 1) % tabs.length
        : event.key === 'ArrowLeft'
          ? (index - 1 + tabs.length) % tabs.length
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? tabs.length - 1
              : null
    const tab = next === null ? undefined : tabs[next]
    if (!tab) return
    event.preventDefault()
    onSelect(tab.id)
    buttons.current.get(tab.id)?.focus()
  }

  return (
    <aside className="side-panel" aria-label={t.sidePanelLabel}>
      <div className="side-tabs" role="tablist" aria-label={t.sidePanelLabel} onKeyDown={onKeyDown}>
        {tabs.map((tab) => (
          // An NL Design System subtle button with tab semantics; the selected tab wears its pressed
          // look (the theme's tokens), announced as selected rather than pressed.
          <Button
            key={tab.id}
            ref={(el) => {
              if (el) buttons.current.set(tab.id, el)
              else buttons.current.delete(tab.id)
            }}
            appearance="subtle-button"
            role="tab"
            id={`side-tab-${tab.id}`}
            aria-selected={tab.id === selected}
            aria-controls={`side-panel-${tab.id}`}
            tabIndex={tab.id === selected ? 0 : -1}
            className={tab.id === selected ? 'side-tab utrecht-button--pressed' : 'side-tab'}
            onClick={() => onSelect(tab.id)}
          >
            {tab.label}
          </Button>
        ))}
      </div>
      {tabs.map((tab) => (
        <div
          key={tab.id}
          role="tabpanel"
          id={`side-panel-${tab.id}`}
          aria-labelledby={`side-tab-${tab.id}`}
          hidden={tab.id !== selected}
          className="side-tab-panel"
        >
          {tab.content}
        </div>
      ))}
    </aside>
  )
}
