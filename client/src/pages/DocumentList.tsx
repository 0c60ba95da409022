import type { DocumentSummary } from '@regiovisie/shared/api'
import { useI18n } from '../i18n/useI18n.ts'

/** The administrator's table of existing documents. */
export function DocumentList({ documents }: { documents: DocumentSummary[] }) {
  const { t, lang } = useI18n()
  if (documents.length === 0) return <p className="muted">{t.adminNoDocuments}</p>
  const format = new Intl.DateTimeFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' })
  return (
    <table className="table">
      <thead>
        <tr>
          <th scope="col">{t.adminColTitle}</th>
          <th scope="col">{t.adminColRegion}</th>
          <th scope="col">{t.adminColCreated}</th>
        </tr>
      </thead>
      <tbody>
        {documents.map((d) => (
          <tr key={d.id}>
            <td>{d.title}</td>
            <td>{d.region ?? '—'}</td>
            <td>
              <time dateTime={d.createdAt}>{format.format(new Date(d.createdAt))}</time>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
