import type { ParticipantInfo } from '@regiovisie/shared/comments'
import { GROUP_LABELS, GROUPS, type Group, isGroup } from '@regiovisie/shared/groups'
import { Button, Select, SelectOption } from '@utrecht/component-library-react'
import { useState } from 'react'
import { useI18n } from '../i18n/useI18n.ts'

interface Props {
  person: ParticipantInfo
  onSetGroup(person: ParticipantInfo, group: Group | null, groupConfirmed: boolean): Promise<void>
}

/**
 * A participant's stakeholder group as the owner decides it: the group they chose, whether it is
 * confirmed, and a select with "Bevestigen" (to confirm or correct it) or "Bevestiging intrekken".
 */
export function GroupCell({ person, onSetGroup }: Props) {
  const { t, lang } = useI18n()
  const [group, setGroup] = useState<string>(person.group ?? '')
  const [busy, setBusy] = useState(false)
  const changed = group !== (person.group ?? '')

  async function save(confirmed: boolean) {
    setBusy(true)
    try {
      await onSetGroup(person, isGroup(group) ? group : null, confirmed)
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="group-cell" data-confirmed={person.groupConfirmed}>
      <Select
        aria-label={t.groupSelectLabel(person.name)}
        value={group}
        disabled={busy}
        onChange={(e) => setGroup(e.target.value)}
      >
        <SelectOption value="">—</SelectOption>
        {GROUPS.map((g) => (
          <SelectOption key={g} value={g}>
            {GROUP_LABELS[g][lang]}
          </SelectOption>
        ))}
      </Select>{' '}
      <span className={person.groupConfirmed ? 'group-status group-confirmed' : 'group-status muted'}>
        {person.groupConfirmed ? t.groupConfirmed : t.groupUnconfirmed}
      </span>{' '}
      {person.groupConfirmed && !changed ? (
        <Button
          appearance="secondary-action-button"
          className="button-small"
          disabled={busy}
          aria-label={t.groupUnconfirmLabel(person.name)}
          onClick={() => save(false)}
        >
          {t.groupUnconfirm}
        </Button>
      ) : (
        <Button
          appearance="secondary-action-button"
          className="button-small"
          disabled={busy || !isGroup(group)}
          aria-label={t.groupConfirmLabel(person.name)}
          onClick={() => save(true)}
        >
          {t.groupConfirm}
        </Button>
      )}
    </div>
  )
}
