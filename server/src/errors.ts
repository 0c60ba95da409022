import type { ErrorRequestHandler } from 'express'
import type { Logger } from 'pino'

/** An error with an HTTP status and a stable code; the only error type routes throw on purpose. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message)
  }
}

/** Too many requests: 429 with `{ error: { code: "rate_limited" } }` and a Retry-After in seconds. */
export class RateLimitedError extends HttpError {
  constructor(
    readonly retryAfterSeconds: number,
    message = 'Je doet dit te vaak achter elkaar. Wacht even en probeer het opnieuw.',
  ) {
    super(429, 'rate_limited', message)
  }
}

export const badRequest = (message: string, code = 'bad_request') => new HttpError(400, code, message)
export const unauthorized = (message = 'Geen geldige sessie: log opnieuw in via je uitnodigingslink.') =>
  new HttpError(401, 'unauthorized', message)
export const forbidden = (message = 'Je rol staat deze handeling niet toe.') => new HttpError(403, 'forbidden', message)
export const notFound = (message = 'Niet gevonden.') => new HttpError(404, 'not_found', message)

/** Turns every error into `{ error: { code, message } }`; unexpected ones are logged and become a 500. */
export function errorHandler(log: Logger): ErrorRequestHandler {
  return (err, _req, res, _next) => {
    if (err instanceof HttpError) {
      if (err instanceof RateLimitedError) res.setHeader('Retry-After', String(err.retryAfterSeconds))
      res.status(err.status).json({ error: { code: err.code, message: err.message } })
      return
    }
    // body-parser errors carry a status and a type.
    const status = typeof err?.status === 'number' ? err.status : 500
    if (err?.type === 'entity.parse.failed') {
      res.status(400).json({ error: { code: 'invalid_json', message: 'De aanvraag bevat geen geldige JSON.' } })
      return
    }
    if (err?.type === 'entity.too.large') {
      res.status(413).json({ error: { code: 'too_large', message: 'De aanvraag is te groot.' } })
      return
    }
    if (status >= 400 && status < 500) {
      res
        .status(status)
        .json({ error: { code: 'bad_request', message: String(err?.message ?? 'Ongeldige aanvraag.') } })
      return
    }
    log.error({ err }, 'unhandled error')
    res
      .status(500)
      .json({ error: { code: 'internal', message: 'Er ging iets mis op de server. Probeer het opnieuw.' } })
  }
}
