import { describe, expect, it } from 'vitest'
import { formatDutchDate, isoDay } from './exportDate.ts'
import { exportFilename, slugify } from './exportFilename.ts'

describe('exportFilename', () => {
  it('is the title, the version name and the Dutch calendar day, in ASCII', () => {
    expect(
      exportFilename(
        {
          title: 'Regiovisie Jeugdhulp Holland Rijnland 2026–2030',
          versionName: 'Versie ter vaststelling',
          versionDate: '2026-11-24T10:15:00Z',
        },
        'pdf',
      ),
    ).toBe('regiovisie-jeugdhulp-holland-rijnland-2026-2030-versie-ter-vaststelling-2026-11-24.pdf')
  })

  it("says 'concept' for the current state and survives titles with nothing ASCII in them", () => {
    expect(exportFilename({ title: '✨', versionName: null, versionDate: '2026-03-01T23:30:00Z' }, 'docx')).toBe(
      'regiovisie-concept-2026-03-02.docx',
    )
  })

  it('strips accents, quotes, slashes and path tricks', () => {
    expect(slugify('Één "visie" ../../etc/passwd; Coöperatie')).toBe('een-visie-etc-passwd-cooperatie')
    expect(exportFilename({ title: 'a\r\nContent-Type: x', versionName: '"', versionDate: 'gisteren' }, 'md')).toBe(
      'a-content-type-x-concept-zonder-datum.md',
    )
  })

  it('formats dates in Dutch, in the Netherlands', () => {
    expect(formatDutchDate('2026-06-30T22:30:00Z')).toBe('1 juli 2026')
    expect(isoDay('2026-06-30T22:30:00Z')).toBe('2026-07-01')
    expect(formatDutchDate('onbekend')).toBe('onbekend')
  })
})
