import type { Editor } from '@tiptap/react'
import { Button } from '@utrecht/component-library-react'
import { type CSSProperties, useEffect, useId, useRef, useState } from 'react'
import type { Awareness } from 'y-protocols/awareness'
import { useI18n } from '../i18n/useI18n.ts'
import { caretPosition, scrollToPosition } from './caretPosition.ts'
import { useDistinctColor } from './useDistinctColor.ts'
import { type Present, usePresence } from './usePresence.ts'

/** How many avatars are shown before the rest fold into "+n". */
const SHOWN = 4

/** Dutch name particles that are not initials: "Anna de Vries" is AV, "Jan van der Berg" JB. */
const PARTICLES = new Set(['de', 'der', 'den', 'van', 'het', 'ter', 'ten', 'te', "'t", 'in', 'op', 'la', 'le', 'du'])

export function initials(name: string): string {
  const words = name
    .trim()
    .split(/\s+/)
    .filter((w) => w && !PARTICLES.has(w.toLowerCase()))
  const letters = (w: string | undefined) => Array.from(w ?? '')
  if (words.length === 0) return '?'
  if (words.length === 1) return letters(words[0]).slice(0, 2).join('').toUpperCase()
  return `${letters(words[0])[0] ?? ''}${letters(words[words.length - 1])[0] ?? ''}`.toUpperCase()
}

function describe(p: Present): string {
  return p.user.organisation ? `${p.user.name}, ${p.user.organisation}` : p.user.name
}

/** Half the tooltip's widest size (18rem), to keep it inside the window. */
const TIP_HALF = 152

function Avatar({ person, onJump }: { person: Present; onJump(person: Present): void }) {
  const { t } = useI18n()
  const tipId = useId()
  // The tooltip is fixed to the window under its avatar: a header that scrolls sideways within
  // itself (a phone) would clip it otherwise.
  const [place, setPlace] = useState<{ top: number; left: number } | null>(null)
  const placeTip = (el: HTMLElement) => {
    const box = el.getBoundingClientRect()
    const centre = box.left + box.width / 2
    setPlace({ top: box.bottom + 8, left: Math.max(TIP_HALF, Math.min(centre, window.innerWidth - TIP_HALF)) })
  }
  return (
    <li className="presence-person" data-self={person.self || undefined}>
      {/* An NL Design System button on the person's own colour; the tooltip shows on hover and on keyboard focus. */}
      <Button
        appearance="subtle-button"
        className="presence-avatar"
        style={{ '--avatar-color': person.user.color } as CSSProperties}
        aria-label={person.self ? t.presenceSelf(person.user.name) : t.presenceGoTo(person.user.name)}
        aria-describedby={tipId}
        onClick={() => onJump(person)}
        onMouseEnter={(e) => placeTip(e.currentTarget)}
        onFocus={(e) => placeTip(e.currentTarget)}
      >
        <span aria-hidden="true">{initials(person.user.name)}</span>
      </Button>
      <span
        role="tooltip"
        id={tipId}
        className="utrecht-tooltip utrecht-tooltip--block-end presence-tip"
        style={
          place ? ({ '--tip-top': `${place.top}px`, '--tip-left': `${place.left}px` } as CSSProperties) : undefined
        }
      >
        <span className="presence-name">{person.user.name}</span>
        {person.user.organisation && <span className="presence-org">{person.user.organisation}</span>}
        {person.self && <span className="presence-you">{t.presenceYou}</span>}
        <span className="utrecht-tooltip__arrow utrecht-tooltip__arrow--block-end" />
      </span>
    </li>
  )
}

/**
 * Who is in the document now, as a compact stack of avatars: initials on each person's own colour
 * (kept distinct), name and organisation on hover and focus, a click scrolls to that person's caret.
 * More than four fold into "+n", which opens the list of the others.
 */
export function PresenceStack({ awareness, editor }: { awareness: Awareness; editor: Editor }) {
  const { t } = useI18n()
  useDistinctColor(awareness)
  const people = usePresence(awareness)
  const [moreOpen, setMoreOpen] = useState(false)
  const moreId = useId()
  const moreRef = useRef<HTMLLIElement>(null)
  const shown = people.length > SHOWN + 1 ? people.slice(0, SHOWN) : people
  const rest = people.slice(shown.length)

  useEffect(() => {
    if (!moreOpen) return
    const close = (event: Event) => {
      if (event instanceof KeyboardEvent ? event.key === 'Escape' : !moreRef.current?.contains(event.target as Node))
        setMoreOpen(false)
    }
    document.addEventListener('pointerdown', close)
    document.addEventListener('keydown', close)
    return () => {
      document.removeEventListener('pointerdown', close)
      document.removeEventListener('keydown', close)
    }
  }, [moreOpen])

  function jump(person: Present) {
    setMoreOpen(false)
    const pos = person.self ? editor.state.selection.head : caretPosition(editor, awareness, person.clientId)
    if (pos !== null) scrollToPosition(editor, pos)
  }

  return (
    <section className="presence" aria-label={t.presenceTitle}>
      <ul className="presence-list">
        {shown.map((p) => (
          <Avatar key={p.clientId} person={p} onJump={jump} />
        ))}
        {rest.length > 0 && (
          <li className="presence-more" ref={moreRef}>
            <Button
              appearance="subtle-button"
              className="presence-avatar presence-avatar-more"
              aria-expanded={moreOpen}
              aria-controls={moreId}
              aria-label={t.presenceMore(rest.length)}
              onClick={() => setMoreOpen(!moreOpen)}
            >
              <span aria-hidden="true">+{rest.length}</span>
            </Button>
            <ul id={moreId} className="presence-more-list" hidden={!moreOpen}>
              {rest.map((p) => (
                <li key={p.clientId}>
                  <Button appearance="subtle-button" className="presence-more-person" onClick={() => jump(p)}>
                    <span className="presence-dot" style={{ backgroundColor: p.user.color }} aria-hidden="true" />
                    {describe(p)}
                  </Button>
                </li>
              ))}
            </ul>
          </li>
        )}
      </ul>
    </section>
  )
}
