import { GROUPS, type Group } from '@regiovisie/shared/groups'
import { useId } from 'react'
import { groupLabel } from '../i18n/groupLabel.ts'
import { useI18n } from '../i18n/useI18n.ts'
import type { ThreadFilter } from './filterThreads.ts'
import type { OpgaveSection } from './useOpgaveSections.ts'

interface Props {
  filter: ThreadFilter
  sections: OpgaveSection[]
  onChange(filter: ThreadFilter): void
}

/** Three selects: open/resolved, stakeholder group, opgave. */
export function ThreadFilters({ filter, sections, onChange }: Props) {
  const { t, lang } = useI18n()
  const id = useId()
  return (
    <fieldset className="thread-filters">
      <legend className="visually-hidden">{t.filtersLabel}</legend>
      <div className="field">
        <label htmlFor={`${id}-status`}>{t.filterStatus}</label>
        <select
          id={`${id}-status`}
          value={filter.status}
          onChange={(e) => onChange({ ...filter, status: e.target.value as ThreadFilter['status'] })}
        >
          <option value="open">{t.filterOpen}</option>
          <option value="resolved">{t.filterResolved}</option>
          <option value="all">{t.filterAllStatuses}</option>
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-opgave`}>{t.filterOpgave}</label>
        <select
          id={`${id}-opgave`}
          value={String(filter.opgave)}
          onChange={(e) => {
            const v = e.target.value
            onChange({ ...filter, opgave: v === 'all' || v === 'other' ? v : Number(v) })
          }}
        >
          <option value="all">{t.filterAllOpgaven}</option>
          {sections.map((s) => (
            <option key={s.opgave} value={s.opgave}>
              {t.checkerOpgave(s.opgave)}
            </option>
          ))}
          <option value="other">{t.otherSections}</option>
        </select>
      </div>
      <div className="field field-wide">
        <label htmlFor={`${id}-group`}>{t.filterGroup}</label>
        <select
          id={`${id}-group`}
          value={filter.group}
          onChange={(e) => onChange({ ...filter, group: e.target.value as Group | 'all' })}
        >
          <option value="all">{t.filterAllGroups}</option>
          {GROUPS.map((g) => (
            <option key={g} value={g}>
              {groupLabel(lang, g)}
            </option>
          ))}
        </select>
      </div>
    </fieldset>
  )
}
