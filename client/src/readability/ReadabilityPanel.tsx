import type { Editor } from '@tiptap/react'
import { useI18n } from '../i18n/useI18n.ts'
import { ReadabilityBadge } from './ReadabilityBadge.tsx'
import { ReadabilitySectionItem } from './ReadabilitySectionItem.tsx'
import { useReadability } from './useReadability.ts'
import '../styles/readability.css'

interface Props {
  editor: Editor
  /** True while its tab is shown: the text is read only then. */
  visible: boolean
}

/**
 * The readability tab of the side panel: per chapter a calm badge (easy to read, take care, hard to
 * read) with the reasons, the hardest sentences and plain alternatives for policy jargon, so that the
 * regiovisie reads well for the youth and parents it is written for. It advises; it never blocks.
 */
export function ReadabilityPanel({ editor, visible }: Props) {
  const { t, lang } = useI18n()
  const report = useReadability(editor, visible)
  const number = new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'nl-NL', { maximumFractionDigits: 1 })
  const judged = report?.sections.filter((s) => s.level !== null) ?? []
  const empty = (report?.sections.length ?? 0) - judged.length

  return (
    <section className="readability" aria-labelledby="readability-title">
      <h2 id="readability-title">{t.readabilityTitle}</h2>
      <p className="hint">{t.readabilityIntro}</p>
      <p className="readability-summary" aria-live="polite">
        {report?.level ? (
          <>
            <span className="readability-summary-label">{t.readabilityWhole}: </span>
            <ReadabilityBadge level={report.level} />{' '}
            {t.readabilityStats(report.total.sentences, number.format(report.total.words / report.total.sentences))}
          </>
        ) : (
          t.readabilityNoText
        )}
      </p>
      {judged.length > 0 && (
        <ol className="readability-sections">
          {judged.map((section) => (
            <ReadabilitySectionItem key={section.from ?? 'start'} editor={editor} section={section} />
          ))}
        </ol>
      )}
      {report?.level && empty > 0 && <p className="hint">{t.readabilityEmptySections(empty)}</p>}
    </section>
  )
}
