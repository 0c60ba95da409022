import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { ActivityEntry, Comment, ParticipationReport, Thread, ThreadPage } from '@regiovisie/shared/comments'
import { MessageType } from '@regiovisie/shared/protocol'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { rangeAnchor } from '../helpers/anchors.ts'
import { api, createSession, documentWithSessions } from '../helpers/api.ts'
import { appendParagraph, Cleanup, connectClient, fragmentText, until, waitSynced } from '../helpers/clients.ts'
import { startServer, type TestServer } from '../helpers/startServer.ts'

let server: TestServer
const cleanup = new Cleanup()
beforeEach(async () => {
  server = await startServer({ dataDir: mkdtempSync(join(tmpdir(), 'rv-comments-')) })
  cleanup.add(() => server.close())
})
afterEach(() => cleanup.run())

const path = (id: string, rest = '') => `/api/documents/${id}${rest}`

/** A document whose opgave 3 section has a sentence to comment on, and sessions for each role. */
async function documentWithText() {
  const setup = await documentWithSessions(server.url, server.adminToken)
  const editor = connectClient(server.wsUrl, setup.doc.id, setup.tokens.editor, cleanup)
  expect(await waitSynced(editor)).toBe(true)
  // Insert a sentence right after the opgave 3 heading's guidance, into its empty paragraph.
  const fragment = editor.doc.getXmlFragment('default')
  const children = fragment.toArray()
  const h3 = children.findIndex(
    (n) => n instanceof Y.XmlElement && n.getAttribute('opgave') === (3 as unknown as string),
  )
  const para = children[h3 + 2] as Y.XmlElement
  para.insert(0, [new Y.XmlText('De wijkteams verwijzen binnen twee weken door naar specialistische hulp.')])
  appendParagraph(editor.doc, 'Slotwoord zonder opgave.')
  await new Promise((r) => setTimeout(r, 200))
  return { ...setup, editor }
}

describe('comments and participation', () => {
  it('a commenter starts a thread on selected text; others reply, resolve and reopen; everyone sees it live', async () => {
    const { doc, tokens, editor } = await documentWithText()
    const anchor = rangeAnchor(editor.doc, 'binnen twee weken')

    // A reader's client listens for our live "threads changed" message.
    const reader = connectClient(server.wsUrl, doc.id, tokens.viewer, cleanup, { ack: '1' })
    let changes = 0
    // biome-ignore lint/suspicious/noExplicitAny: y-websocket's handler table is untyped.
    ;(reader.provider as any).messageHandlers[MessageType.threadsChanged] = () => {
      changes++
    }
    expect(await waitSynced(reader)).toBe(true)

    const created = await api<Thread>(server.url, 'POST', path(doc.id, '/threads'), {
      token: tokens.commenter,
      body: { anchor, body: 'Is twee weken haalbaar voor de GI?', author: { name: 'Vervalst' } },
    })
    expect(created.status).toBe(201)
    expect(created.json).toMatchObject({ resolved: false, opgave: 3, detached: false, quote: 'binnen twee weken' })
    expect(created.json.comments).toHaveLength(1)
    // The author comes from the session, never from the body.
    expect(created.json.comments[0]?.author).toEqual({
      name: 'Test commenter',
      organisation: 'Gemeente Aadorp',
      group: 'gemeente',
      role: 'commenter',
      groupConfirmed: false,
    })
    expect(await until(() => changes >= 1)).toBe(true)

    const threadId = created.json.id
    const reply = await api<Comment>(server.url, 'POST', path(doc.id, `/threads/${threadId}/comments`), {
      token: tokens.editor,
      body: { body: 'Ja, afgestemd met de GI.' },
    })
    expect(reply.status).toBe(201)
    expect(reply.json.author.name).toBe('Test editor')
    expect(await until(() => changes >= 2)).toBe(true)

    const resolved = await api<Thread>(server.url, 'POST', path(doc.id, `/threads/${threadId}/resolve`), {
      token: tokens.editor,
    })
    expect(resolved.json.resolved).toBe(true)
    const reopened = await api<Thread>(server.url, 'POST', path(doc.id, `/threads/${threadId}/reopen`), {
      token: tokens.commenter,
    })
    expect(reopened.json.resolved).toBe(false)

    const list = await api<{ threads: Thread[] }>(server.url, 'GET', path(doc.id, '/threads'), { token: tokens.viewer })
    expect(list.json.threads).toHaveLength(1)
    expect(list.json.threads[0]?.comments.map((c) => c.body)).toEqual([
      'Is twee weken haalbaar voor de GI?',
      'Ja, afgestemd met de GI.',
    ])
  })

  it('accepts a whole section as anchor and rejects anchors outside the document', async () => {
    const { doc, tokens } = await documentWithText()
    const section = await api<Thread>(server.url, 'POST', path(doc.id, '/threads'), {
      token: tokens.commenter,
      body: { anchor: { opgave: 8 }, body: 'Hoe zit het met de tarieven?' },
    })
    expect(section.status).toBe(201)
    expect(section.json).toMatchObject({ opgave: 8, detached: false })

    const bad = [
      { anchor: { opgave: 42 }, body: 'x' },
      {
        anchor: {
          from: { item: { client: 999999, clock: 5 }, assoc: 0 },
          to: { item: { client: 999999, clock: 9 }, assoc: 0 },
        },
        body: 'x',
      },
      { anchor: 'hier', body: 'x' },
      { body: 'geen anker' },
    ]
    for (const body of bad) {
      const r = await api<{ error: { code: string } }>(server.url, 'POST', path(doc.id, '/threads'), {
        token: tokens.commenter,
        body,
      })
      expect(r.status).toBe(400)
      expect(typeof r.json.error.code).toBe('string')
    }
  })

  it('rejects empty and over-long bodies and unknown threads', async () => {
    const { doc, tokens } = await documentWithText()
    for (const body of ['', '   \n ', 'x'.repeat(10_001)]) {
      const r = await api(server.url, 'POST', path(doc.id, '/threads'), {
        token: tokens.commenter,
        body: { anchor: { opgave: 1 }, body },
      })
      expect(r.status).toBe(400)
    }
    const ok = await api(server.url, 'POST', path(doc.id, '/threads'), {
      token: tokens.commenter,
      body: { anchor: { opgave: 1 }, body: 'x'.repeat(10_000) },
    })
    expect(ok.status).toBe(201)
    const unknown = await api(server.url, 'POST', path(doc.id, '/threads/bestaat-niet/comments'), {
      token: tokens.commenter,
      body: { body: 'hallo' },
    })
    expect(unknown.status).toBe(404)
    expect(
      (await api(server.url, 'POST', path(doc.id, '/threads/bestaat-niet/resolve'), { token: tokens.editor })).status,
    ).toBe(404)
  })

  it('a viewer reads comments but gets 403 on every comment write', async () => {
    const { doc, tokens } = await documentWithText()
    const t = await api<Thread>(server.url, 'POST', path(doc.id, '/threads'), {
      token: tokens.commenter,
      body: { anchor: { opgave: 2 }, body: 'Vraag' },
    })
    const threadId = t.json.id
    const commentId = t.json.comments[0]?.id
    expect((await api(server.url, 'GET', path(doc.id, '/threads'), { token: tokens.viewer })).status).toBe(200)
    const writes: Array<[string, string, unknown]> = [
      ['POST', '/threads', { anchor: { opgave: 2 }, body: 'x' }],
      ['POST', `/threads/${threadId}/comments`, { body: 'x' }],
      ['PATCH', `/threads/${threadId}/comments/${commentId}`, { body: 'x' }],
      ['DELETE', `/threads/${threadId}/comments/${commentId}`, undefined],
      ['POST', `/threads/${threadId}/resolve`, undefined],
    ]
    for (const [method, rest, body] of writes) {
      expect((await api(server.url, method, path(doc.id, rest), { token: tokens.viewer, body })).status).toBe(403)
    }
    expect((await api(server.url, 'GET', path(doc.id, '/threads'))).status).toBe(401)
  })

  it('only the author edits a comment; the owner may delete any, and that is logged without the words', async () => {
    const { doc, tokens } = await documentWithText()
    const t = await api<Thread>(server.url, 'POST', path(doc.id, '/threads'), {
      token: tokens.commenter,
      body: { anchor: { opgave: 4 }, body: 'Mijn privégegevens staan hier per ongeluk' },
    })
    const threadId = t.json.id
    const commentId = t.json.comments[0]?.id as string
    const edit = (token: string) =>
      api<Comment>(server.url, 'PATCH', path(doc.id, `/threads/${threadId}/comments/${commentId}`), {
        token,
        body: { body: 'aangepast' },
      })
    expect((await edit(tokens.editor)).status).toBe(403)
    expect((await edit(tokens.owner)).status).toBe(403)
    const own = await edit(tokens.commenter)
    expect(own.status).toBe(200)
    expect(own.json.editedAt).not.toBeNull()
    expect(
      (
        await api(server.url, 'DELETE', path(doc.id, `/threads/${threadId}/comments/${commentId}`), {
          token: tokens.editor,
        })
      ).status,
    ).toBe(403)
    expect(
      (
        await api(server.url, 'DELETE', path(doc.id, `/threads/${threadId}/comments/${commentId}`), {
          token: tokens.owner,
        })
      ).status,
    ).toBe(204)
    const list = await api<{ threads: Thread[] }>(server.url, 'GET', path(doc.id, '/threads'), { token: tokens.viewer })
    expect(list.json.threads).toEqual([])
    const log = await api<{ activity: ActivityEntry[] }>(server.url, 'GET', path(doc.id, '/activity'), {
      token: tokens.owner,
    })
    const deletion = log.json.activity.find((e) => e.action === 'comment.deleted')
    expect(deletion).toMatchObject({ actor: { name: 'Test owner' }, details: { byOwner: true } })
    expect(JSON.stringify(log.json.activity)).not.toContain('privégegevens')
    expect((await api(server.url, 'GET', path(doc.id, '/activity'), { token: tokens.editor })).status).toBe(403)
  })

  it('anchors follow the text, and a thread whose text is deleted stays under its section, detached', async () => {
    const { doc, tokens, editor } = await documentWithText()
    const anchor = rangeAnchor(editor.doc, 'binnen twee weken')
    const t = await api<Thread>(server.url, 'POST', path(doc.id, '/threads'), {
      token: tokens.commenter,
      body: { anchor, body: 'Vraag' },
    })
    // Text typed before the anchor moves it; the quote still matches.
    const text = (editor.doc.getXmlFragment('default').toArray() as Y.XmlElement[])
      .flatMap((e) => (e instanceof Y.XmlElement ? e.toArray() : []))
      .find((n) => n instanceof Y.XmlText && n.toString().includes('binnen twee weken')) as Y.XmlText
    text.insert(0, 'Nieuw: ')
    await new Promise((r) => setTimeout(r, 200))
    let list = await api<{ threads: Thread[] }>(server.url, 'GET', path(doc.id, '/threads'), { token: tokens.viewer })
    expect(list.json.threads[0]).toMatchObject({
      id: t.json.id,
      quote: 'binnen twee weken',
      detached: false,
      opgave: 3,
    })

    const at = text.toString().indexOf('binnen twee weken')
    text.delete(at, 'binnen twee weken'.length)
    await new Promise((r) => setTimeout(r, 200))
    list = await api<{ threads: Thread[] }>(server.url, 'GET', path(doc.id, '/threads'), { token: tokens.viewer })
    expect(list.json.threads[0]).toMatchObject({ id: t.json.id, detached: true, opgave: 3, quote: 'binnen twee weken' })
  })

  it('a thread keeps the text it was about as the server read it at creation, after the text is rewritten or deleted', async () => {
    const { doc, tokens, editor } = await documentWithText()
    // The quote a client sends along is not what the thread says it was about: the document is.
    const anchor = { ...rangeAnchor(editor.doc, 'binnen twee weken'), quote: 'de wijkteams sluiten' }
    const created = await api<Thread>(server.url, 'POST', path(doc.id, '/threads'), {
      token: tokens.commenter,
      body: { anchor, body: 'Haalbaar?' },
    })
    expect(created.status).toBe(201)
    expect(created.json).toMatchObject({ quote: 'binnen twee weken', originalQuote: 'binnen twee weken' })

    // The editor rewrites the passage: the anchored range shrinks to its first letter.
    const text = (editor.doc.getXmlFragment('default').toArray() as Y.XmlElement[])
      .flatMap((e) => (e instanceof Y.XmlElement ? e.toArray() : []))
      .find((n) => n instanceof Y.XmlText && n.toString().includes('binnen twee weken')) as Y.XmlText
    const at = text.toString().indexOf('binnen twee weken')
    text.delete(at + 1, 'binnen twee weken'.length - 1)
    await new Promise((r) => setTimeout(r, 200))
    const read = async () =>
      (await api<ThreadPage>(server.url, 'GET', path(doc.id, '/threads'), { token: tokens.viewer })).json.threads[0]
    expect(await read()).toMatchObject({ quote: 'b', originalQuote: 'binnen twee weken', detached: false })

    text.delete(at, 1)
    await new Promise((r) => setTimeout(r, 200))
    expect(await read()).toMatchObject({ detached: true, originalQuote: 'binnen twee weken' })

    // A section thread has no quote.
    const section = await api<Thread>(server.url, 'POST', path(doc.id, '/threads'), {
      token: tokens.commenter,
      body: { anchor: { opgave: 2 }, body: 'Algemeen' },
    })
    expect(section.json).toMatchObject({ quote: null, originalQuote: null })
  })

  it('the writing team’s answers are not counted as participation', async () => {
    const { doc, tokens } = await documentWithText()
    const parent = await createSession(server.url, doc.invites.commenter, 'Olga Ouder', {
      organisation: 'Oudervereniging',
      group: 'ouders',
    })
    const t = await api<Thread>(server.url, 'POST', path(doc.id, '/threads'), {
      token: parent.token,
      body: { anchor: { opgave: 2 }, body: 'Hoe lang wachten we?' },
    })
    // The project leader (group gemeente, confirmed at once) and an editor answer.
    for (const token of [tokens.owner, tokens.editor]) {
      const reply = await api(server.url, 'POST', path(doc.id, `/threads/${t.json.id}/comments`), {
        token,
        body: { body: 'Zes weken.' },
      })
      expect(reply.status).toBe(201)
    }
    const r = await api<ParticipationReport>(server.url, 'GET', path(doc.id, '/participation'), {
      token: tokens.viewer,
    })
    const two = r.json.sections.find((s) => s.opgave === 2)
    expect(two?.comments).toBe(1)
    expect(two?.people).toEqual({ onbekend: 1 })
    expect(r.json.people).toEqual({ onbekend: 1 })
  })

  it('markup in a comment or a name is stored as text, never interpreted', async () => {
    const { doc } = await documentWithText()
    const invites = (
      await api<{ invites: Record<string, string> }>(server.url, 'GET', path(doc.id), {
        token: (await createSession(server.url, doc.invites.owner, 'Eigenaar')).token,
      })
    ).json.invites
    const evil = await createSession(server.url, invites.commenter as string, '<script>alert(1)</script>', {
      organisation: '<img src=x onerror=alert(2)>',
    })
    const body = '<script>alert("xss")</script>\nzie https://example.org'
    const t = await api<Thread>(server.url, 'POST', path(doc.id, '/threads'), {
      token: evil.token,
      body: { anchor: { opgave: 1 }, body },
    })
    expect(t.json.comments[0]?.body).toBe(body)
    expect(t.json.comments[0]?.author.name).toBe('<script>alert(1)</script>')
  })

  it('the owner revokes a person: their session stops at once and their socket is closed', async () => {
    const { doc, tokens } = await documentWithText()
    const people = await api<{ participants: Array<{ id: string; name: string; role: string }> }>(
      server.url,
      'GET',
      path(doc.id, '/participants'),
      {
        token: tokens.owner,
      },
    )
    const editorPerson = people.json.participants.find((p) => p.name === 'Test editor')
    expect(editorPerson?.role).toBe('editor')
    const sock = connectClient(server.wsUrl, doc.id, tokens.editor, cleanup)
    expect(await waitSynced(sock)).toBe(true)
    expect((await api(server.url, 'GET', path(doc.id, '/participants'), { token: tokens.editor })).status).toBe(403)
    const revoke = await api(server.url, 'DELETE', path(doc.id, `/participants/${editorPerson?.id}`), {
      token: tokens.owner,
    })
    expect(revoke.status).toBe(204)
    expect(await until(() => sock.closes.includes(4410))).toBe(true)
    expect((await api(server.url, 'GET', path(doc.id), { token: tokens.editor })).status).toBe(401)
    // The provider's reconnect attempts are refused.
    appendParagraph(sock.doc, 'na intrekking')
    await new Promise((r) => setTimeout(r, 500))
    const check = connectClient(server.wsUrl, doc.id, tokens.viewer, cleanup)
    expect(await waitSynced(check)).toBe(true)
    expect(fragmentText(check.doc)).not.toContain('na intrekking')
    expect(
      (await api(server.url, 'DELETE', path(doc.id, `/participants/${editorPerson?.id}`), { token: tokens.owner }))
        .status,
    ).toBe(404)
  })

  it('a renewed invite replaces the old one', async () => {
    const { doc, tokens } = await documentWithText()
    const renewed = await api<{ role: string; invite: string }>(
      server.url,
      'POST',
      path(doc.id, '/invites/commenter'),
      { token: tokens.owner },
    )
    expect(renewed.status).toBe(201)
    expect(renewed.json.role).toBe('commenter')
    const old = await api(server.url, 'POST', '/api/sessions', {
      body: { invite: doc.invites.commenter, name: 'x', organisation: 'y' },
    })
    expect(old.status).toBe(401)
    const fresh = await createSession(server.url, renewed.json.invite, 'Nieuw')
    expect(fresh.role).toBe('commenter')
    expect((await api(server.url, 'POST', path(doc.id, '/invites/koning'), { token: tokens.owner })).status).toBe(400)
    expect((await api(server.url, 'POST', path(doc.id, '/invites/viewer'), { token: tokens.editor })).status).toBe(403)
  })

  it('shows per opgave which stakeholder groups reacted and which did not', async () => {
    const { doc, tokens } = await documentWithText()
    const jongere = await createSession(server.url, doc.invites.commenter, 'Sam', {
      organisation: 'Jongerenraad',
      group: 'jongeren',
    })
    const aanbieder = await createSession(server.url, doc.invites.commenter, 'Ria', {
      organisation: 'Zorg BV',
      group: 'aanbieder',
    })
    for (const [s, opgave] of [
      [jongere, 2],
      [jongere, 2],
      [aanbieder, 2],
      [aanbieder, 3],
    ] as const) {
      await api(server.url, 'POST', path(doc.id, '/threads'), {
        token: s.token,
        body: { anchor: { opgave }, body: 'reactie' },
      })
    }
    // Groups count once the owner confirmed them.
    const people = await api<{ participants: Array<{ id: string; name: string }> }>(
      server.url,
      'GET',
      path(doc.id, '/participants'),
      { token: tokens.owner },
    )
    for (const [name, group] of [
      ['Sam', 'jongeren'],
      ['Ria', 'aanbieder'],
    ]) {
      const id = people.json.participants.find((p) => p.name === name)?.id
      const confirmed = await api(server.url, 'PATCH', path(doc.id, `/participants/${id}`), {
        token: tokens.owner,
        body: { group, groupConfirmed: true },
      })
      expect(confirmed.status).toBe(200)
    }
    const r = await api<ParticipationReport>(server.url, 'GET', path(doc.id, '/participation'), {
      token: jongere.token,
    })
    expect(r.status).toBe(200)
    const o2 = r.json.sections.find((s) => s.opgave === 2)
    expect(o2?.people).toEqual({ jongeren: 1, aanbieder: 1 })
    expect(o2?.comments).toBe(3)
    expect(o2?.silentGroups).toContain('ouders')
    expect(o2?.silentGroups).not.toContain('jongeren')
    const o3 = r.json.sections.find((s) => s.opgave === 3)
    expect(o3?.silentGroups).toContain('jongeren')
    expect(r.json.people).toEqual({ jongeren: 1, aanbieder: 1 })
  })

  it('comments survive a restart of the server', async () => {
    const { doc, tokens } = await documentWithText()
    await api(server.url, 'POST', path(doc.id, '/threads'), {
      token: tokens.commenter,
      body: { anchor: { opgave: 5 }, body: 'Blijft bewaard' },
    })
    const dataDir = server.dataDir
    await server.server.close()
    const again = await startServer({ dataDir })
    cleanup.add(() => again.close())
    const list = await api<{ threads: Thread[] }>(again.url, 'GET', path(doc.id, '/threads'), { token: tokens.viewer })
    expect(list.json.threads.map((t) => t.comments[0]?.body)).toEqual(['Blijft bewaard'])
    const log = await api<{ activity: ActivityEntry[] }>(again.url, 'GET', path(doc.id, '/activity'), {
      token: tokens.owner,
    })
    expect(log.json.activity.map((e) => e.action)).toEqual(expect.arrayContaining(['joined', 'thread.created']))
  })
})
