/**
 * Hostile-text benchmark (issue 8, rows 2 and 3): the check of paragraphs that used to make the
 * sentence splitter backtrack, and the version diff of two texts of many different words.
 * Both must stay far below the 500 ms that would freeze the server noticeably.
 *
 *   pnpm --filter @regiovisie/bench exec tsx hostile.ts
 */
import { checkDocument } from '@regiovisie/shared/checker'
import type { JSONContent } from '@regiovisie/shared/schema'
import { diffTexts } from '../server/src/documents/versionDiff.ts'

const paragraph = (t: string): JSONContent => ({ type: 'paragraph', content: [{ type: 'text', text: t }] })
const heading: JSONContent = { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'Regiovisie' }] }

const time = (fn: () => unknown): number => {
  const started = performance.now()
  fn()
  return performance.now() - started
}

const paragraphs: [string, string][] = [
  ['160,000 spaces between two words', `Begin${' '.repeat(160_000)}einde`],
  ['a 100,000-character word before " y."', `${'x'.repeat(100_000)} y. Volgende zin.`],
  ['100,000 full stops', `${'.'.repeat(100_000)}einde`],
  ['160,000 characters of "a "', 'a '.repeat(80_000)],
  // Marks of tracked changes that never close: each must not be scanned to its bound again.
  ['33,000 unclosed "{--"', '{--'.repeat(33_000)],
  ['8,000 unclosed "[verwijderd: "', '[verwijderd: '.repeat(8_000)],
]
for (const [name, text] of paragraphs) {
  const ms = time(() => checkDocument({ type: 'doc', content: [heading, paragraph(text)] }))
  console.log(`check, ${name}: ${ms.toFixed(0)} ms`)
}

/** `count` words in paragraphs of 100, all different from those of another prefix. */
const text = (prefix: string, count: number) =>
  Array.from({ length: count / 100 }, (_, p) =>
    Array.from({ length: 100 }, (_, w) => `${prefix}${(p * 100 + w).toString(36)}`).join(' '),
  ).join('\n')

for (const count of [6_000, 30_000]) {
  const older = text('oud', count)
  const rewritten = text('nieuw', count)
  // Every tenth paragraph changed by one word: the common case, diffed word by word.
  const edited = older
    .split('\n')
    .map((p, i) => (i % 10 === 0 ? p.replace(/^\S+/, 'anders') : p))
    .join('\n')
  console.log(`diff, ${count} different words: ${time(() => diffTexts(older, rewritten)).toFixed(0)} ms`)
  console.log(
    `diff, ${count} words, every tenth paragraph edited: ${time(() => diffTexts(older, edited)).toFixed(0)} ms`,
  )
}
