/** The export formats; a module of its own so the HTTP layer can validate without loading the exporters. */
export type ExportFormat = 'docx' | 'pdf' | 'md' | 'html'

export const EXPORT_FORMATS: readonly ExportFormat[] = ['docx', 'pdf', 'md', 'html']

export function isExportFormat(value: unknown): value is ExportFormat {
  return typeof value === 'string' && (EXPORT_FORMATS as readonly string[]).includes(value)
}
