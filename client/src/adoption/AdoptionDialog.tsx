import type { AdoptionUpdate } from '@regiovisie/shared/adoption'
import { can, type Role } from '@regiovisie/shared/roles'
import { Button, Heading2 } from '@utrecht/component-library-react'
import { useRef } from 'react'
import { Notice } from '../components/Notice.tsx'
import { useI18n } from '../i18n/useI18n.ts'
import { useVersions } from '../versions/useVersions.ts'
import { AdoptionSummary } from './AdoptionSummary.tsx'
import { AdoptionTable } from './AdoptionTable.tsx'
import { adoptionApi } from './adoptionApi.ts'
import { useAdoption } from './useAdoption.ts'

interface Props {
  documentId: string
  token: string
  role: Role
}

/**
 * The "Vaststelling" button and dialog: the roll-up "Vastgesteld door X van N raden" and a table
 * per member municipality, editable by the owner and read-only for everyone else. Loaded each
 * time it opens.
 */
export function AdoptionDialog({ documentId, token, role }: Props) {
  const { t } = useI18n()
  const dialog = useRef<HTMLDialogElement>(null)
  const { report, error, reload } = useAdoption(documentId, token)
  const versions = useVersions(documentId, token)
  const editable = can(role, 'adoption.edit')

  async function save(municipality: string, update: AdoptionUpdate) {
    // A failure throws into the row's form, which shows the server's message.
    await adoptionApi.update(documentId, token, municipality, update)
    await reload()
  }

  return (
    <>
      <Button
        appearance="secondary-action-button"
        onClick={() => {
          dialog.current?.showModal()
          void reload()
          void versions.reload()
        }}
      >
        {t.adoption}
      </Button>
      <dialog ref={dialog} className="dialog dialog-full adoption-dialog" aria-labelledby="adoption-title">
        <Heading2 id="adoption-title">{t.adoptionTitle}</Heading2>
        {error && <Notice kind="error">{error}</Notice>}
        {report ? (
          <>
            <AdoptionSummary report={report} />
            {!editable && <p className="muted">{t.adoptionReadOnly}</p>}
            <AdoptionTable
              municipalities={report.municipalities}
              versions={versions.versions ?? []}
              editable={editable}
              onSave={save}
            />
          </>
        ) : (
          !error && <p>{t.loading}</p>
        )}
        <form method="dialog">
          <Button appearance="primary-action-button" type="submit">
            {t.close}
          </Button>
        </form>
      </dialog>
    </>
  )
}
