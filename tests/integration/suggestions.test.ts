import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Store } from '@regiovisie/server'
import type { ActivityEntry, RelativePositionJSON, Thread } from '@regiovisie/shared/comments'
import { MessageType } from '@regiovisie/shared/protocol'
import { FRAGMENT_NAME, getDocumentSchema } from '@regiovisie/shared/schema'
import { absolutePositionToRelativePosition, initProseMirrorDoc } from '@tiptap/y-tiptap'
import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { rangeAnchor } from '../helpers/anchors.ts'
import { api, documentWithSessions } from '../helpers/api.ts'
import {
  appendParagraph,
  Cleanup,
  connectClient,
  converged,
  fragmentText,
  storedText,
  until,
  waitSynced,
} from '../helpers/clients.ts'
import { assertPostgresReachable, freshPostgresStore, skipPostgres } from '../helpers/postgres.ts'
import { startServer, type TestServer } from '../helpers/startServer.ts'

const cleanup = new Cleanup()
afterEach(() => cleanup.run())

/** A store for one test and how to open it again after a restart. */
interface Backend {
  name: string
  skip: boolean
  open(): Promise<{ start(): Promise<TestServer>; restart(): Promise<TestServer> }>
}

const backends: Backend[] = [
  {
    name: 'SQLite',
    skip: false,
    async open() {
      const dataDir = mkdtempSync(join(tmpdir(), 'rv-suggestions-'))
      cleanup.add(() => rmSync(dataDir, { recursive: true, force: true }))
      const start = async () => {
        const server = await startServer({ dataDir })
        cleanup.add(() => server.close())
        return server
      }
      return { start, restart: start }
    },
  },
  {
    name: 'PostgreSQL',
    skip: skipPostgres,
    async open() {
      await assertPostgresReachable()
      const pg = await freshPostgresStore()
      cleanup.add(pg.drop)
      const run = async (store: Store) => {
        const server = await startServer({ store })
        cleanup.add(() => server.close())
        return server
      }
      return { start: () => run(pg.store), restart: async () => run(await pg.reopen()) }
    },
  },
]

const path = (id: string, rest = '') => `/api/documents/${id}${rest}`
type ErrorBody = { error: { code: string; message: string } }

const SENTENCE = 'De wijkteams verwijzen binnen twee weken door naar specialistische hulp.'
const CLOSING = 'Slotwoord zonder opgave.'

/** The XmlText holding `text` (first match), walking the whole fragment. */
function textHolding(doc: Y.Doc, text: string): Y.XmlText {
  const walk = (node: Y.XmlFragment | Y.XmlElement): Y.XmlText | null => {
    for (const child of node.toArray()) {
      if (child instanceof Y.XmlText && child.toString().includes(text)) return child
      if (child instanceof Y.XmlElement) {
        const found = walk(child)
        if (found) return found
      }
    }
    return null
  }
  const found = walk(doc.getXmlFragment(FRAGMENT_NAME))
  if (!found) throw new Error(`text not found: ${text}`)
  return found
}

/** Replaces the first `find` by `by` the way a typing editor would (delete, then insert). */
function editText(doc: Y.Doc, find: string, by: string): void {
  const t = textHolding(doc, find)
  const at = t.toString().indexOf(find)
  doc.transact(() => {
    t.delete(at, find.length)
    t.insert(at, by)
  })
}

/** An insertion point right after `text` (first occurrence), made as the editor makes it. */
function pointAfter(doc: Y.Doc, text: string): { from: RelativePositionJSON; to: RelativePositionJSON; quote: string } {
  const { from, to } = rangeAnchor(doc, text)
  void from
  return { from: to, to, quote: '' }
}

/** An insertion point in the first empty paragraph of opgave `n`'s section. */
function pointInEmptyParagraph(doc: Y.Doc, opgave: number) {
  const fragment = doc.getXmlFragment(FRAGMENT_NAME)
  const { doc: pm, mapping } = initProseMirrorDoc(fragment, getDocumentSchema())
  let inSection = false
  let pos = -1
  pm.forEach((node, offset) => {
    if (pos >= 0) return
    if (node.type.name === 'heading' && node.attrs.opgave != null) inSection = Number(node.attrs.opgave) === opgave
    else if (inSection && node.type.name === 'paragraph' && node.content.size === 0) pos = offset + 1
  })
  if (pos < 0) throw new Error(`no empty paragraph in opgave ${opgave}`)
  const rel = Y.relativePositionToJSON(
    absolutePositionToRelativePosition(pos, fragment, mapping),
  ) as RelativePositionJSON
  return { from: rel, to: rel, quote: '' }
}

for (const backend of backends) {
  describe.skipIf(backend.skip)(`suggestions (${backend.name})`, () => {
    /** A server, a document whose opgave 3 has a sentence and which ends with a closing paragraph, sessions per role. */
    async function setup() {
      const servers = await backend.open()
      const server = await servers.start()
      const { doc, tokens } = await documentWithSessions(server.url, server.adminToken)
      const editor = connectClient(server.wsUrl, doc.id, tokens.editor, cleanup)
      expect(await waitSynced(editor)).toBe(true)
      const fragment = editor.doc.getXmlFragment(FRAGMENT_NAME)
      const children = fragment.toArray()
      const h3 = children.findIndex(
        (n) => n instanceof Y.XmlElement && n.getAttribute('opgave') === (3 as unknown as string),
      )
      // Right after the heading's guidance: its empty writing line.
      const para = children[h3 + 2] as Y.XmlElement
      para.insert(0, [new Y.XmlText(SENTENCE)])
      appendParagraph(editor.doc, CLOSING)
      const reader = connectClient(server.wsUrl, doc.id, tokens.viewer, cleanup, { ack: '1' })
      expect(await waitSynced(reader)).toBe(true)
      expect(await until(() => fragmentText(reader.doc).includes(CLOSING))).toBe(true)
      const call = <T = Thread>(method: string, rest: string, token: string, body?: unknown) =>
        api<T>(server.url, method, path(doc.id, rest), { token, body })
      const propose = (token: string, anchor: unknown, text: string, body?: string) =>
        call('POST', '/threads', token, { anchor, suggestion: { text }, ...(body === undefined ? {} : { body }) })
      return { server, servers, doc, tokens, editor, reader, call, propose }
    }

    it("a commenter's proposal changes nothing until an editor accepts it; then every client and the store hold exactly that change", async () => {
      const { server, servers, doc, tokens, editor, reader, call, propose } = await setup()
      let changes = 0
      // biome-ignore lint/suspicious/noExplicitAny: y-websocket's handler table is untyped.
      ;(reader.provider as any).messageHandlers[MessageType.threadsChanged] = () => {
        changes++
      }
      const commenter = connectClient(server.wsUrl, doc.id, tokens.commenter, cleanup)
      expect(await waitSynced(commenter)).toBe(true)
      const before = fragmentText(editor.doc)

      const created = await propose(
        tokens.commenter,
        rangeAnchor(editor.doc, 'binnen twee weken'),
        'binnen tien werkdagen',
        'Twee weken is in de praktijk niet haalbaar.',
      )
      expect(created.status).toBe(201)
      expect(created.json.suggestion).toMatchObject({
        text: 'binnen tien werkdagen',
        original: 'binnen twee weken',
        status: 'open',
        stale: false,
        current: 'binnen twee weken',
        proposer: { name: 'Test commenter', role: 'commenter' },
      })
      expect(created.json.comments.map((c) => c.body)).toEqual(['Twee weken is in de praktijk niet haalbaar.'])
      expect(created.json).toMatchObject({ opgave: 3, detached: false, quote: 'binnen twee weken' })
      expect(await until(() => changes >= 1)).toBe(true)

      // The commenter's socket stays read-only: an edit made in its own copy reaches nobody.
      editText(commenter.doc, 'specialistische hulp', 'andere hulp')
      await new Promise((r) => setTimeout(r, 300))
      for (const c of [editor, reader]) expect(fragmentText(c.doc)).toBe(before)
      expect(await storedText(server.store, doc.id)).toBe(before)

      const accepted = await call('POST', `/threads/${created.json.id}/accept`, tokens.editor)
      expect(accepted.status).toBe(200)
      expect(accepted.json.suggestion).toMatchObject({ status: 'accepted', decidedBy: { name: 'Test editor' } })
      expect(accepted.json.response).toMatchObject({ kind: 'overgenomen', by: { name: 'Test editor', role: 'editor' } })
      expect(accepted.json.resolved).toBe(true)
      expect(await until(() => changes >= 2)).toBe(true)

      // Exactly the range changed, everywhere: the sentence's other words and the untouched closing paragraph too.
      const expected = before.replace('binnen twee weken', 'binnen tien werkdagen')
      expect(expected).not.toBe(before)
      expect(await converged([editor, reader])).toBe(true)
      for (const c of [editor, reader]) expect(fragmentText(c.doc)).toBe(expected)
      expect(fragmentText(reader.doc)).toContain(`<paragraph>${CLOSING}</paragraph>`)
      expect(await storedText(server.store, doc.id)).toBe(expected)

      // Accepting again is refused, and changes nothing.
      const again = await call<ErrorBody>('POST', `/threads/${created.json.id}/accept`, tokens.owner)
      expect(again.status).toBe(409)
      expect(again.json.error.code).toBe('suggestion_closed')

      // The activity log names the one who accepted (actor) and the proposer.
      const log = await call<{ activity: ActivityEntry[] }>('GET', '/activity', tokens.owner)
      const entry = log.json.activity.find((e) => e.action === 'suggestion.accepted')
      expect(entry?.actor?.name).toBe('Test editor')
      expect(entry?.details).toMatchObject({ threadId: created.json.id, proposerId: created.json.createdBy })
      expect(
        log.json.activity.some((e) => e.action === 'suggestion.created' && e.actor?.name === 'Test commenter'),
      ).toBe(true)

      // And after a restart of the server.
      editor.destroy()
      reader.destroy()
      commenter.destroy()
      await server.close()
      const again2 = await servers.restart()
      const later = connectClient(again2.wsUrl, doc.id, tokens.viewer, cleanup)
      expect(await waitSynced(later)).toBe(true)
      expect(fragmentText(later.doc)).toBe(expected)
      const listed = await api<{ threads: Thread[] }>(again2.url, 'GET', path(doc.id, '/threads'), {
        token: tokens.viewer,
      })
      expect(listed.json.threads[0]?.suggestion?.status).toBe('accepted')
      expect(listed.json.threads[0]?.response?.kind).toBe('overgenomen')
    })

    it('enforces roles: lezers cannot propose, only the writing team decides, only the proposer withdraws', async () => {
      const { editor, tokens, call, propose } = await setup()
      const anchor = rangeAnchor(editor.doc, 'specialistische hulp')
      expect((await propose(tokens.viewer, anchor, 'jeugdhulp')).status).toBe(403)

      const byCommenter = await propose(tokens.commenter, anchor, 'jeugdhulp')
      expect(byCommenter.status).toBe(201)
      const id = byCommenter.json.id
      for (const token of [tokens.commenter, tokens.viewer]) {
        expect((await call('POST', `/threads/${id}/accept`, token)).status).toBe(403)
        expect((await call('POST', `/threads/${id}/reject`, token, { reason: 'nee' })).status).toBe(403)
        expect((await call('PUT', `/threads/${id}/response`, token, { kind: 'beantwoord' })).status).toBe(403)
      }
      for (const token of [tokens.editor, tokens.owner, tokens.viewer]) {
        const r = await call<ErrorBody>('POST', `/threads/${id}/withdraw`, token)
        expect(r.status).toBe(403)
        expect(r.json.error.code).toBe('forbidden')
      }
      const withdrawn = await call('POST', `/threads/${id}/withdraw`, tokens.commenter)
      expect(withdrawn.status).toBe(200)
      expect(withdrawn.json.suggestion?.status).toBe('withdrawn')
      for (const [action, body] of [
        ['accept', undefined],
        ['reject', { reason: 'te laat' }],
        ['withdraw', undefined],
      ] as const) {
        const token = action === 'withdraw' ? tokens.commenter : tokens.owner
        const r = await call<ErrorBody>('POST', `/threads/${id}/${action}`, token, body)
        expect(r.status).toBe(409)
        expect(r.json.error.code).toBe('suggestion_closed')
      }

      // The writing team may propose too (a second opinion); the owner accepts.
      const byEditor = await propose(tokens.editor, rangeAnchor(editor.doc, 'wijkteams'), 'sociale wijkteams')
      expect(byEditor.status).toBe(201)
      expect((await call('POST', `/threads/${byEditor.json.id}/accept`, tokens.owner)).status).toBe(200)
      expect(await until(() => fragmentText(editor.doc).includes('De sociale wijkteams verwijzen'))).toBe(true)
    })

    it('a proposal whose text was edited meanwhile is stale: accepting is refused with the three texts to decide on, rejecting still works', async () => {
      const { editor, reader, tokens, call, propose } = await setup()
      const created = await propose(tokens.commenter, rangeAnchor(editor.doc, 'binnen twee weken'), 'binnen vijf dagen')
      expect(created.status).toBe(201)
      editText(editor.doc, 'twee', 'drie')
      expect(await until(() => fragmentText(reader.doc).includes('binnen drie weken'))).toBe(true)
      const before = fragmentText(reader.doc)

      const refused = await call<ErrorBody>('POST', `/threads/${created.json.id}/accept`, tokens.editor)
      expect(refused.status).toBe(409)
      expect(refused.json.error.code).toBe('suggestion_stale')
      expect(refused.json.error.message).toMatch(/veranderd/)
      await new Promise((r) => setTimeout(r, 200))
      expect(fragmentText(reader.doc)).toBe(before)

      const listed = await call<{ threads: Thread[] }>('GET', '/threads', tokens.viewer)
      expect(listed.json.threads[0]?.suggestion).toMatchObject({
        status: 'open',
        stale: true,
        original: 'binnen twee weken',
        text: 'binnen vijf dagen',
        current: 'binnen drie weken',
      })

      for (const body of [
        undefined,
        {},
        { reason: '' },
        { reason: '   ' },
        { reason: 'x'.repeat(2001) },
        { reason: 7 },
      ]) {
        const r = await call<ErrorBody>('POST', `/threads/${created.json.id}/reject`, tokens.editor, body)
        expect(r.status).toBe(400)
        expect(typeof r.json.error.code).toBe('string')
      }
      const rejected = await call('POST', `/threads/${created.json.id}/reject`, tokens.editor, {
        reason: 'We houden drie weken aan, afgesproken met de GI.',
      })
      expect(rejected.status).toBe(200)
      expect(rejected.json.suggestion?.status).toBe('rejected')
      expect(rejected.json.response).toMatchObject({
        kind: 'niet-overgenomen',
        reason: 'We houden drie weken aan, afgesproken met de GI.',
      })
      expect(fragmentText(reader.doc)).toBe(before)
    })

    it('deletes a range, inserts at a point, and inserts into an empty paragraph', async () => {
      const { editor, reader, tokens, call, propose } = await setup()
      const deletion = await propose(tokens.commenter, rangeAnchor(editor.doc, ' door naar specialistische hulp'), '')
      expect(deletion.status).toBe(201)
      expect(deletion.json.suggestion).toMatchObject({ text: '', original: ' door naar specialistische hulp' })
      const insertion = await propose(tokens.commenter, pointAfter(editor.doc, 'De wijkteams'), ' en de GI')
      expect(insertion.status).toBe(201)
      expect(insertion.json).toMatchObject({ detached: false, opgave: 3 })
      expect(insertion.json.suggestion).toMatchObject({ original: '', current: '', stale: false })
      const intoEmpty = await propose(tokens.commenter, pointInEmptyParagraph(editor.doc, 5), 'Jongeren schrijven mee.')
      expect(intoEmpty.status).toBe(201)
      expect(intoEmpty.json.opgave).toBe(5)

      for (const t of [deletion, insertion, intoEmpty]) {
        expect((await call('POST', `/threads/${t.json.id}/accept`, tokens.editor)).status).toBe(200)
      }
      expect(
        await until(() =>
          fragmentText(reader.doc).includes(
            '<paragraph>De wijkteams en de GI verwijzen binnen twee weken.</paragraph>',
          ),
        ),
      ).toBe(true)
      expect(fragmentText(reader.doc)).toContain('<paragraph>Jongeren schrijven mee.</paragraph>')
      expect(await converged([editor, reader])).toBe(true)
    })

    it('accepting while another client keeps typing keeps both, and two accepts at once change the text once', async () => {
      const { editor, reader, tokens, call, propose, server, doc } = await setup()
      const other = connectClient(server.wsUrl, doc.id, tokens.owner, cleanup)
      expect(await waitSynced(other)).toBe(true)
      const created = await propose(tokens.commenter, rangeAnchor(editor.doc, 'twee weken'), 'tien werkdagen')
      expect(created.status).toBe(201)

      // The owner types in the same paragraph (after the range) and in the closing paragraph throughout.
      let typing = true
      let typed = 0
      const typer = (async () => {
        while (typing) {
          other.doc.transact(() => {
            const closing = textHolding(other.doc, CLOSING)
            closing.insert(closing.length, ` ${typed}`)
            const sentence = textHolding(other.doc, 'specialistische hulp')
            sentence.insert(sentence.toString().indexOf('specialistische hulp') + 20, '!')
          })
          typed++
          await new Promise((r) => setTimeout(r, 5))
        }
      })()
      await new Promise((r) => setTimeout(r, 50))
      const [a, b] = await Promise.all([
        call('POST', `/threads/${created.json.id}/accept`, tokens.editor),
        call('POST', `/threads/${created.json.id}/accept`, tokens.owner),
      ])
      await new Promise((r) => setTimeout(r, 50))
      typing = false
      await typer
      expect([a.status, b.status].sort()).toEqual([200, 409])
      expect(typed).toBeGreaterThan(5)

      expect(await converged([editor, reader, other], 10_000)).toBe(true)
      const text = fragmentText(reader.doc)
      expect(text.match(/tien werkdagen/g)).toHaveLength(1)
      expect(text).not.toContain('twee weken')
      expect(text).toContain(
        `De wijkteams verwijzen binnen tien werkdagen door naar specialistische hulp${'!'.repeat(typed)}.`,
      )
      expect(text).toContain(`${CLOSING} 0 1 2`)
      expect(text).toContain(` ${typed - 1}</paragraph>`)
      expect(await storedText(server.store, doc.id)).toBe(text)
    })

    it('refuses bad proposals and responses with a 4xx and a code; plain threads stay as they were', async () => {
      const { editor, tokens, call, propose } = await setup()
      const range = rangeAnchor(editor.doc, 'twee weken')
      const cases: Array<[unknown, number, string]> = [
        [{ anchor: { opgave: 3 }, suggestion: { text: 'x' } }, 400, 'suggestion_needs_text'],
        [{ anchor: range, suggestion: { text: 'x'.repeat(5001) } }, 400, 'invalid_field'],
        [{ anchor: range, suggestion: { text: 7 } }, 400, 'invalid_field'],
        [{ anchor: range, suggestion: {} }, 400, 'invalid_field'],
        [{ anchor: range, suggestion: { text: 'twee weken' } }, 400, 'suggestion_unchanged'],
        [{ anchor: range, suggestion: { text: 'x' }, body: '' }, 400, 'invalid_field'],
        [{ anchor: range }, 400, 'invalid_field'],
        [
          {
            anchor: { from: range.from, to: rangeAnchor(editor.doc, 'Slotwoord').to },
            suggestion: { text: 'x' },
          },
          400,
          'suggestion_across_blocks',
        ],
        [
          {
            anchor: {
              from: { item: { client: 999999, clock: 5 }, assoc: -1 },
              to: { item: { client: 999999, clock: 9 }, assoc: -1 },
            },
            suggestion: { text: 'x' },
          },
          400,
          'anchor_outside_document',
        ],
      ]
      for (const [body, status, code] of cases) {
        const r = await call<ErrorBody>('POST', '/threads', tokens.commenter, body)
        expect([r.status, r.json.error?.code]).toEqual([status, code])
      }
      // A template heading is structure, not text to propose on.
      const heading = editor.doc
        .getXmlFragment(FRAGMENT_NAME)
        .toArray()
        .find((n) => n instanceof Y.XmlElement && n.nodeName === 'heading' && n.getAttribute('opgave') != null)
      const headingText = (heading as Y.XmlElement).toArray()[0] as Y.XmlText
      const inHeading = await propose(
        tokens.commenter,
        rangeAnchor(editor.doc, headingText.toString().slice(0, 6)),
        'x',
      )
      expect([inHeading.status, (inHeading.json as unknown as ErrorBody).error.code]).toEqual([
        400,
        'suggestion_not_in_text',
      ])

      const plain = await call('POST', '/threads', tokens.commenter, { anchor: range, body: 'Gewone reactie.' })
      expect(plain.status).toBe(201)
      expect(plain.json).not.toHaveProperty('suggestion')
      expect(plain.json).not.toHaveProperty('response')
      for (const action of ['accept', 'withdraw']) {
        const r = await call<ErrorBody>('POST', `/threads/${plain.json.id}/${action}`, tokens.owner)
        expect(r.status).toBeGreaterThanOrEqual(400)
        expect(r.status).toBeLessThan(500)
      }
      expect((await call('POST', '/threads/nope/accept', tokens.owner)).status).toBe(404)

      for (const body of [
        { kind: 'niet-overgenomen' },
        { kind: 'niet-overgenomen', reason: ' ' },
        { kind: 'misschien' },
        { kind: 'beantwoord', reason: 'x'.repeat(2001) },
        {},
      ]) {
        const r = await call<ErrorBody>('PUT', `/threads/${plain.json.id}/response`, tokens.editor, body)
        expect(r.status).toBe(400)
      }
      const answered = await call('PUT', `/threads/${plain.json.id}/response`, tokens.editor, {
        kind: 'deels-overgenomen',
        reason: 'De termijn nemen we over, de GI niet.',
      })
      expect(answered.status).toBe(200)
      expect(answered.json.response).toMatchObject({
        kind: 'deels-overgenomen',
        reason: 'De termijn nemen we over, de GI niet.',
        by: { name: 'Test editor' },
      })
      expect(answered.json).not.toHaveProperty('suggestion')
      const plainAgain = await call('PUT', `/threads/${plain.json.id}/response`, tokens.owner, { kind: 'beantwoord' })
      expect(plainAgain.json.response).toMatchObject({ kind: 'beantwoord', by: { name: 'Test owner' } })
      expect(plainAgain.json.response).not.toHaveProperty('reason')
    })

    it('a proposal keeps its thread when its explanation is deleted', async () => {
      const { editor, tokens, call, propose } = await setup()
      const created = await propose(tokens.commenter, rangeAnchor(editor.doc, 'twee weken'), 'tien dagen', 'Uitleg.')
      const comment = created.json.comments[0]
      expect(comment).toBeDefined()
      const removed = await call('DELETE', `/threads/${created.json.id}/comments/${comment?.id}`, tokens.commenter)
      expect(removed.status).toBe(204)
      const listed = await call<{ threads: Thread[] }>('GET', '/threads', tokens.viewer)
      expect(listed.json.threads).toHaveLength(1)
      expect(listed.json.threads[0]?.comments).toEqual([])
      expect(listed.json.threads[0]?.suggestion?.status).toBe('open')
    })
  })
}
