import { type Browser, type BrowserContext, chromium } from 'playwright-core'
import { ExportError } from './ExportError.ts'

export { ExportError } from './ExportError.ts'

/** Prints HTML we generated to an A4 PDF. One Chromium per renderer, launched on first use. */
export interface PdfRenderer {
  /** The PDF of `html`, or an ExportError: never a promise that does not settle. */
  render(html: string): Promise<Buffer>
  /** Renders holding a slot, and renders waiting for one (for the metrics). */
  queue(): { rendering: number; waiting: number }
  /** Closes the browser; a later render launches a new one. */
  close(): Promise<void>
}

export interface PdfRendererOptions {
  /** Debian's chromium by default; never a downloaded browser. */
  executablePath?: string
  /** Limit for one render, from the request (so including the wait for a slot and a browser launch), in ms. Default 30 s. */
  timeoutMs?: number
  /** Pages rendered at once (default 2): each costs tens of MB in Chromium. */
  maxConcurrent?: number
  /** Renders that may wait for a slot (default 32); more are refused at once with an ExportError. */
  maxQueued?: number
  /**
   * Run Chromium sandboxed (default: unless the server runs as root, where Chromium cannot). Turn it
   * off (CHROMIUM_SANDBOX=false) only where the platform has no user namespaces, e.g. some containers.
   */
  sandbox?: boolean
}

const CHROMIUM_ARGS = [
  '--headless',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

/**
 * Chromium's sandbox is a second wall around the renderer (JavaScript is off and the network cut
 * already). Chromium refuses it as root, so the server uses it whenever it does not run as root
 * (the recommended deployment: a user of its own) and only as root falls back to `--no-sandbox`.
 */
export function defaultChromiumSandbox(uid: number | undefined = process.getuid?.()): boolean {
  return uid !== 0
}

/** How long a page may take to close before its browser is presumed hung and replaced. */
const CLOSE_GRACE_MS = 2_000

interface Job {
  html: string
  timedOut: boolean
  browser?: Promise<Browser>
  context?: BrowserContext
}

/**
 * A PDF renderer on Chromium (playwright-core). The page only ever sees the HTML it is given: no
 * navigation, JavaScript off, and every request aborted, so a document cannot make the server
 * fetch a URL or read a file. Renders queue for one of `maxConcurrent` slots, which bounds memory
 * however many exports are asked for at once. A render that takes longer than `timeoutMs` rejects
 * with an ExportError and its page is closed; a browser that crashed, or that cannot close a page
 * in time, is replaced by a fresh one on the next render. A slot is held at most `timeoutMs` plus
 * a short grace, so a hung browser cannot block the queue.
 */
export function createPdfRenderer(opts: PdfRendererOptions = {}): PdfRenderer {
  const executablePath = opts.executablePath ?? '/usr/bin/chromium'
  const timeoutMs = opts.timeoutMs ?? 30_000
  const maxConcurrent = Math.max(1, opts.maxConcurrent ?? 2)
  const maxQueued = Math.max(0, opts.maxQueued ?? 32)
  const sandbox = opts.sandbox ?? defaultChromiumSandbox()

  let browser: Promise<Browser> | null = null
  let active = 0
  const waiting: (() => void)[] = []

  function launch(): Promise<Browser> {
    const launched = chromium
      .launch({
        executablePath,
        args: CHROMIUM_ARGS,
        chromiumSandbox: sandbox,
        timeout: Math.max(timeoutMs, 30_000),
        // Playwright's own SIGINT handler closes its browsers and then exits the process (code 130),
        // racing the server's shutdown that stores the open documents. The server calls close()
        // itself; Playwright still kills the browser when the process exits.
        handleSIGINT: false,
        handleSIGTERM: false,
        handleSIGHUP: false,
      })
      .then((b) => {
        b.on('disconnected', () => {
          if (browser === launched) browser = null
        })
        return b
      })
    // A failed launch is not kept: the next render tries again.
    launched.catch(() => {
      if (browser === launched) browser = null
    })
    browser = launched
    return launched
  }

  /** Forgets a browser and closes it in the background; Playwright kills it if it does not close. */
  function retire(current: Promise<Browser>) {
    if (browser === current) browser = null
    current.then((b) => b.close()).catch(() => {})
  }

  async function closeContext(job: Job) {
    const context = job.context
    if (!context) return
    job.context = undefined
    const closed = await Promise.race([
      context.close().then(
        () => true,
        () => false,
      ),
      sleep(CLOSE_GRACE_MS).then(() => false),
    ])
    if (!closed && job.browser) retire(job.browser)
  }

  /**
   * A fresh, isolated context on a live browser. A browser that died since the last render (a crash,
   * an OOM kill) may not have reported it yet: then it is replaced and the context opened once more.
   */
  async function openContext(job: Job): Promise<BrowserContext> {
    for (let attempt = 1; ; attempt++) {
      job.browser = browser ?? launch()
      const b = await job.browser
      if (job.timedOut) throw new ExportError('timed out')
      try {
        if (!b.isConnected()) throw new Error('browser disconnected')
        return await b.newContext({ javaScriptEnabled: false, serviceWorkers: 'block', acceptDownloads: false })
      } catch (err) {
        if (attempt >= 2 || b.isConnected()) throw err
        retire(job.browser)
      }
    }
  }

  async function run(job: Job): Promise<Buffer> {
    job.context = await openContext(job)
    try {
      // Our HTML references nothing; anything it would load anyway (a URL in a future stylesheet,
      // a file: link) is refused here rather than fetched by the server.
      await job.context.route('**/*', (route) => route.abort())
      const page = await job.context.newPage()
      await page.setContent(job.html, { waitUntil: 'load', timeout: timeoutMs })
      if (job.timedOut) throw new ExportError('timed out')
      return await page.pdf({
        format: 'A4',
        printBackground: true,
        // The running header and "Pagina x van y" come from the stylesheet's @page margin boxes.
        displayHeaderFooter: false,
        preferCSSPageSize: true,
        outline: true,
        tagged: true,
      })
    } finally {
      await closeContext(job)
    }
  }

  function release() {
    active--
    waiting.shift()?.()
  }

  return {
    render(html) {
      if (active >= maxConcurrent && waiting.length >= maxQueued) {
        return Promise.reject(new ExportError('De PDF-export is nu te druk; probeer het over een minuut opnieuw.'))
      }
      return new Promise<Buffer>((resolve, reject) => {
        const job: Job = { html, timedOut: false }
        let released = true
        const releaseOnce = () => {
          if (released) return
          released = true
          release()
        }
        const start = () => {
          active++
          released = false
          run(job)
            .then(resolve, (err: unknown) =>
              reject(
                err instanceof ExportError ? err : new ExportError('De PDF kon niet worden gemaakt.', { cause: err }),
              ),
            )
            .finally(() => {
              clearTimeout(timer)
              releaseOnce()
            })
        }
        const timer = setTimeout(() => {
          job.timedOut = true
          reject(new ExportError(`De PDF-export duurde langer dan ${Math.ceil(timeoutMs / 1000)} s en is afgebroken.`))
          const queued = waiting.indexOf(start)
          if (queued >= 0) {
            waiting.splice(queued, 1)
            return
          }
          // Started: close its page now, which ends a slow render; a browser that cannot is replaced.
          void closeContext(job)
          setTimeout(() => {
            if (released) return
            if (job.browser) retire(job.browser)
            releaseOnce()
          }, CLOSE_GRACE_MS).unref?.()
        }, timeoutMs)
        if (active < maxConcurrent) start()
        else waiting.push(start)
      })
    },

    queue: () => ({ rendering: active, waiting: waiting.length }),

    async close() {
      const current = browser
      browser = null
      if (current) await current.then((b) => b.close()).catch(() => {})
    },
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref?.())
}
