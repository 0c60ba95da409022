import type { HardSentence, SectionReadability } from '@regiovisie/shared/readability'
import type { Editor } from '@tiptap/react'
import { useId } from 'react'
import { evidenceRange } from '../checker/evidenceRange.ts'
import { focusOpgave, scrollClear } from '../checker/focusOpgave.ts'
import { selectInEditor } from '../checker/selectInEditor.ts'
import { useI18n } from '../i18n/useI18n.ts'
import { ReadabilityBadge } from './ReadabilityBadge.tsx'
import { reasonText } from './reasonText.ts'

/** A sentence longer than this is shown cut, with an ellipsis; selecting it still selects all of it. */
const QUOTE_CHARS = 220

const cut = (text: string) => (text.length > QUOTE_CHARS ? `${text.slice(0, QUOTE_CHARS).trimEnd()}…` : text)

/**
 * One chapter in the readability panel: its heading (a button to go there) with a calm badge, its
 * figures and what makes it harder, the hardest sentences (each selects itself in the text) and the
 * jargon it uses with a plain alternative.
 */
export function ReadabilitySectionItem({ editor, section }: { editor: Editor; section: SectionReadability }) {
  const { t, lang } = useI18n()
  const ids = { hardest: useId(), jargon: useId() }
  const number = new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'nl-NL', { maximumFractionDigits: 1 })
  const format = (n: number) => number.format(n)
  const { stats, level } = section
  const heading = section.heading || t.readabilityBeforeFirstHeading

  function goToHeading() {
    if (section.opgave !== undefined && focusOpgave(editor, section.opgave)) return
    if (section.from === null) return
    const at = Math.min(section.from, editor.state.doc.content.size)
    const dom = editor.view.domAtPos(at).node
    const element = dom instanceof Element ? dom : dom.parentElement
    if (element) scrollClear(element)
  }

  function select(sentence: HardSentence) {
    const range = evidenceRange(editor.state.doc, {
      quote: sentence.text,
      section: section.heading,
      paragraph: sentence.block,
      from: sentence.from,
      to: sentence.to,
    })
    if (range) selectInEditor(editor, range)
  }

  if (!level) return null
  return (
    <li className={`readability-section readability-${level}`} data-level={level}>
      <button type="button" className="readability-heading" title={t.readabilityGoTo(heading)} onClick={goToHeading}>
        <span className="readability-heading-text">{heading}</span>
        <ReadabilityBadge level={level} />
      </button>
      <div className="readability-body">
        <p className="readability-stats">
          {t.readabilityStats(stats.sentences, format(stats.words / stats.sentences))}
        </p>
        {section.reasons.length > 0 && (
          <ul className="readability-reasons">
            {section.reasons.map((reason) => (
              <li key={reason.code} data-reason={reason.code}>
                {reasonText(t, reason, format)}
              </li>
            ))}
          </ul>
        )}
        {section.hardest.length > 0 && (
          <>
            <p id={ids.hardest} className="findings-label">
              {t.readabilityHardest}
            </p>
            <ol className="readability-hardest" aria-labelledby={ids.hardest}>
              {section.hardest.map((sentence) => (
                <li key={`${sentence.from}-${sentence.text.slice(0, 24)}`}>
                  <button
                    type="button"
                    className="readability-sentence"
                    title={t.readabilitySelect}
                    onClick={() => select(sentence)}
                  >
                    <q lang="nl">{cut(sentence.text)}</q>
                  </button>
                  <span className="readability-facts">
                    {[
                      t.readabilityWords(sentence.words),
                      sentence.passive ? t.readabilityPassive : '',
                      sentence.jargon.length > 0 ? t.readabilityJargonIn(sentence.jargon.join(', ')) : '',
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  </span>
                </li>
              ))}
            </ol>
          </>
        )}
        {section.jargon.length > 0 && (
          <>
            <p id={ids.jargon} className="findings-label">
              {t.readabilityJargon}
            </p>
            <ul className="readability-jargon" aria-labelledby={ids.jargon}>
              {section.jargon.map((use) => (
                <li key={use.term} data-term={use.term}>
                  <span className="readability-term" lang="nl">
                    {use.term}
                  </span>
                  {use.count > 1 && <span className="readability-count"> ({t.readabilityTimes(use.count)})</span>}
                  <span className="readability-plain">
                    {t.readabilityInstead} <span lang="nl">{use.plain}</span>
                  </span>
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    </li>
  )
}
