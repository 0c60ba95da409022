/**
 * An export that could not be made: the PDF renderer failed, crashed, timed out or is too busy.
 * The HTTP layer answers it with 503 `export_failed`; the message is Dutch and safe to show.
 */
export class ExportError extends Error {
  override name = 'ExportError'
}
