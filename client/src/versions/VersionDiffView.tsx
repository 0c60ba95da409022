import type { VersionDiff } from '@regiovisie/shared/versions'
import { Checkbox, FormLabel } from '@utrecht/component-library-react'
import { useId, useMemo, useState } from 'react'
import { useI18n } from '../i18n/useI18n.ts'
import { condenseDiff, type DiffPiece } from './condenseDiff.ts'

/**
 * The word diff between two versions, or a version and now. Inserted text is an `<ins>`
 * (underlined), deleted text a `<del>` (struck through), each with a visually hidden
 * "ingevoegd:"/"verwijderd:" so neither colour nor line style alone carries the meaning.
 */
export function VersionDiffView({ diff }: { diff: VersionDiff }) {
  const { t } = useI18n()
  const [whole, setWhole] = useState(false)
  const toggleId = useId()
  const pieces: DiffPiece[] = useMemo(
    () => (whole ? diff.segments : condenseDiff(diff.segments)),
    [whole, diff.segments],
  )
  const changed = diff.inserted + diff.deleted > 0 || diff.segments.some((s) => s.type !== 'equal')

  return (
    <>
      <p className="diff-summary">{changed ? t.diffSummary(diff.inserted, diff.deleted) : t.diffNone}</p>
      {changed && (
        <>
          <p className="diff-legend">
            <span className="diff-legend-ins">{t.diffLegendInserted}</span>{' '}
            <span className="diff-legend-del">{t.diffLegendDeleted}</span>
          </p>
          <p className="diff-toggle">
            <Checkbox appearance="custom" id={toggleId} checked={whole} onChange={(e) => setWhole(e.target.checked)} />
            <FormLabel htmlFor={toggleId}>{t.diffShowWhole}</FormLabel>
          </p>
        </>
      )}
      <div className="diff">
        {pieces.map((piece, i) => {
          const key = `${i}-${piece.type}`
          switch (piece.type) {
            case 'insert':
              return (
                <ins key={key}>
                  <span className="visually-hidden">{t.diffInserted} </span>
                  <span lang="nl">{piece.text}</span>
                </ins>
              )
            case 'delete':
              // A line break or space that changed (text appended to a paragraph) is not worth a strike.
              if (piece.text.trim() === '') return null
              return (
                <del key={key}>
                  <span className="visually-hidden">{t.diffDeleted} </span>
                  <span lang="nl">{piece.text}</span>
                </del>
              )
            case 'gap':
              return (
                <span key={key} className="diff-gap">
                  {t.diffUnchanged(piece.words)}
                </span>
              )
            default:
              return (
                <span key={key} lang="nl">
                  {piece.text}
                </span>
              )
          }
        })}
      </div>
    </>
  )
}
