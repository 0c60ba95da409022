import { JEUGDREGIOS, type Jeugdregio } from '@regiovisie/shared/regions'
import { FormLabel, Select, SelectOption, Textbox } from '@utrecht/component-library-react'
import { useId } from 'react'
import { useI18n } from '../i18n/useI18n.ts'

interface Props {
  /** The name chosen in the list of jeugdregio's ('' for none). */
  picked: string
  region: string
  /** A region was chosen from the list (`found` undefined: "none"). */
  onPick(name: string, found: Jeugdregio | undefined): void
  onRegion(name: string): void
}

/** Pick a known jeugdregio (which fills in its municipalities) or type the region's name. */
export function RegionFields({ picked, region, onPick, onRegion }: Props) {
  const { t } = useI18n()
  const ids = { pick: useId(), region: useId() }
  return (
    <>
      <div className="field">
        <FormLabel htmlFor={ids.pick}>{t.fieldRegionPick}</FormLabel>
        <Select
          id={ids.pick}
          value={picked}
          onChange={(e) =>
            onPick(
              e.target.value,
              JEUGDREGIOS.find((r) => r.name === e.target.value),
            )
          }
        >
          <SelectOption value="">{t.fieldRegionPickNone}</SelectOption>
          {JEUGDREGIOS.map((r) => (
            <SelectOption key={r.name} value={r.name}>
              {r.name}
            </SelectOption>
          ))}
        </Select>
      </div>
      <div className="field">
        <FormLabel htmlFor={ids.region}>{t.fieldRegion}</FormLabel>
        <Textbox
          id={ids.region}
          type="text"
          maxLength={200}
          value={region}
          onChange={(e) => onRegion(e.target.value)}
        />
      </div>
    </>
  )
}
