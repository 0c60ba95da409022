import type { ApiErrorBody } from '@regiovisie/shared/api'
import { ApiError } from '../api.ts'

/** The formats of `GET /api/documents/:id/export`, in the order the interface offers them. */
export const EXPORT_FORMATS = ['docx', 'pdf', 'md', 'html'] as const
export type ExportFormat = (typeof EXPORT_FORMATS)[number]

/** The file name from a Content-Disposition header: the UTF-8 `filename*` when present, else `filename`. */
export function dispositionFilename(header: string | null): string | null {
  if (!header) return null
  const extended = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(header)
  if (extended?.[1]) {
    try {
      return decodeURIComponent(extended[1].trim())
    } catch {
      // A malformed escape: fall back to the plain name.
    }
  }
  const plain = /filename\s*=\s*"([^"]*)"/i.exec(header) ?? /filename\s*=\s*([^;]+)/i.exec(header)
  return plain?.[1]?.trim() || null
}

/**
 * Fetches an export with the session token in the Authorization header and hands it to the
 * browser as a download (a Blob behind an object URL and an `<a download>`). The token never goes
 * into a URL: URLs end up in history, logs and Referer headers. Throws `ApiError` on failure.
 */
export async function downloadExport(
  documentId: string,
  token: string,
  format: ExportFormat,
  versionId: string | null,
  /** Where the temporary link is attached: inside an open modal dialog, the rest of the page is inert. */
  host: HTMLElement,
): Promise<string> {
  const params = new URLSearchParams({ format })
  if (versionId) params.set('version', versionId)
  let response: Response
  try {
    response = await fetch(`/api/documents/${encodeURIComponent(documentId)}/export?${params}`, {
      headers: { Authorization: `Bearer ${token}` },
    })
  } catch {
    throw new ApiError(0, 'network', '')
  }
  if (!response.ok) {
    const data = (await response.json().catch(() => null)) as Partial<ApiErrorBody> | null
    throw new ApiError(response.status, data?.error?.code ?? 'http', data?.error?.message ?? '')
  }
  const blob = await response.blob()
  const filename = dispositionFilename(response.headers.get('Content-Disposition')) ?? `regiovisie.${format}`
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = filename
  link.hidden = true
  host.append(link)
  link.click()
  link.remove()
  // Revoking at once can cancel the download in some browsers; a minute is ample to start it.
  setTimeout(() => URL.revokeObjectURL(url), 60_000)
  return filename
}
