import type { DocumentResponse } from '@regiovisie/shared/api'
import type { CheckReport } from '@regiovisie/shared/checker'
import {
  COMMENT_LIMITS,
  type Comment,
  type ParticipantInfo,
  type ParticipationReport,
  type Thread,
  type ThreadPage,
} from '@regiovisie/shared/comments'
import { afterEach, describe, expect, it } from 'vitest'
import { api, createSession, documentWithSessions } from '../helpers/api.ts'
import { Cleanup, connectClient, until, waitSynced } from '../helpers/clients.ts'
import { type StartOptions, startServer, type TestServer } from '../helpers/startServer.ts'

/**
 * Issue 8, the REST side: hostile but authenticated participants against a real server on port 0.
 * Row 4 (revocation), row 9 (comment floods), row 10 (one link posing as seven groups), and the
 * same answer for another document as for a missing one.
 */
const cleanup = new Cleanup()
afterEach(() => cleanup.run())

async function serve(options: StartOptions = {}): Promise<TestServer> {
  const server = await startServer(options)
  cleanup.add(() => server.close())
  return server
}

const path = (id: string, rest = '') => `/api/documents/${id}${rest}`

async function participants(server: TestServer, id: string, owner: string): Promise<ParticipantInfo[]> {
  const r = await api<{ participants: ParticipantInfo[] }>(server.url, 'GET', path(id, '/participants'), {
    token: owner,
  })
  expect(r.status).toBe(200)
  return r.json.participants
}

/** The longest a `/healthz` request took while `work` ran. */
async function healthzDuring(server: TestServer, work: Promise<unknown>): Promise<number> {
  let done = false
  let worst = 0
  const probe = (async () => {
    while (!done) {
      const t0 = performance.now()
      await fetch(`${server.url}/healthz`)
      worst = Math.max(worst, performance.now() - t0)
      await new Promise((r) => setTimeout(r, 20))
    }
  })()
  await work
  done = true
  await probe
  return worst
}

describe('row 4: revocation means out', () => {
  it('a revoked participant cannot open the same invite link again; the owner gets the renewed link', async () => {
    const server = await serve()
    const { doc, tokens } = await documentWithSessions(server.url, server.adminToken)
    const intruder = await createSession(server.url, doc.invites.commenter, 'Doorgestuurd', { group: 'ouders' })
    const sock = connectClient(server.wsUrl, doc.id, intruder.token, cleanup)
    expect(await waitSynced(sock)).toBe(true)

    const person = (await participants(server, doc.id, tokens.owner)).find((p) => p.name === 'Doorgestuurd')
    const revoke = await api(server.url, 'DELETE', path(doc.id, `/participants/${person?.id}`), {
      token: tokens.owner,
    })
    expect(revoke.status).toBe(204)
    expect(await until(() => sock.closes.includes(4410))).toBe(true)

    // The same link again: no new session.
    const again = await api<{ error: { code: string } }>(server.url, 'POST', '/api/sessions', {
      body: { invite: doc.invites.commenter, name: 'Doorgestuurd', organisation: 'Ouders', group: 'ouders' },
    })
    expect(again.status).toBe(401)
    expect(again.json.error.code).toBe('invalid_invite')
    expect((await api(server.url, 'GET', `/api/invites/${encodeURIComponent(doc.invites.commenter)}`)).status).toBe(401)

    // The owner's "Delen" shows the renewed link, which works; other roles' links are unchanged.
    const owner = await api<DocumentResponse>(server.url, 'GET', path(doc.id), { token: tokens.owner })
    const renewed = owner.json.invites?.commenter
    expect(renewed).toBeTruthy()
    expect(renewed).not.toBe(doc.invites.commenter)
    expect(owner.json.invites?.viewer).toBe(doc.invites.viewer)
    expect((await createSession(server.url, renewed as string, 'Nieuwe reageerder')).role).toBe('commenter')
    // Others who joined with the old link keep their sessions.
    expect((await api(server.url, 'GET', path(doc.id), { token: tokens.commenter })).status).toBe(200)

    const log = await api<{ activity: Array<{ action: string; details: Record<string, unknown> }> }>(
      server.url,
      'GET',
      path(doc.id, '/activity'),
      { token: tokens.owner },
    )
    expect(log.json.activity.find((a) => a.action === 'invite.renewed')?.details).toMatchObject({
      role: 'commenter',
      reason: 'revoked',
    })
  })
})

describe('row 9: a comment flood', () => {
  it('one commenter posting 1,000 comments of 10,000 characters is slowed to a trickle (429 with Retry-After)', async () => {
    const server = await serve()
    const { doc, tokens } = await documentWithSessions(server.url, server.adminToken)
    const body = 'x'.repeat(10_000)
    const statuses: number[] = []
    let retryAfter: string | null = null
    let errorBody: unknown = null
    const flood = (async () => {
      for (let i = 0; i < 1000; i++) {
        const res = await fetch(`${server.url}${path(doc.id, '/threads')}`, {
          method: 'POST',
          headers: { authorization: `Bearer ${tokens.commenter}`, 'content-type': 'application/json' },
          body: JSON.stringify({ anchor: { opgave: 1 + (i % 8) }, body }),
        })
        statuses.push(res.status)
        if (res.status === 429 && retryAfter === null) {
          retryAfter = res.headers.get('retry-after')
          errorBody = await res.json()
        } else await res.arrayBuffer()
      }
    })()
    const worst = await healthzDuring(server, flood)
    const accepted = statuses.filter((s) => s === 201).length
    // A burst of 30, then one every two seconds while the flood lasts.
    expect(accepted).toBeGreaterThan(0)
    expect(accepted).toBeLessThanOrEqual(40)
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThan(950)
    expect(Number(retryAfter)).toBeGreaterThanOrEqual(1)
    expect(errorBody).toMatchObject({ error: { code: 'rate_limited', message: expect.any(String) } })
    expect(worst).toBeLessThan(2000)

    // The flood cost nobody else their writes; the thread list stayed small.
    const other = await api(server.url, 'POST', path(doc.id, '/threads'), {
      token: tokens.editor,
      body: { anchor: { opgave: 2 }, body: 'Gewone reactie' },
    })
    expect(other.status).toBe(201)
    const list = await fetch(`${server.url}${path(doc.id, '/threads')}`, {
      headers: { authorization: `Bearer ${tokens.viewer}` },
    })
    expect((await list.text()).length).toBeLessThan(600_000)
    // Reads are not limited.
    expect((await api(server.url, 'GET', path(doc.id, '/threads'), { token: tokens.commenter })).status).toBe(200)
  })

  it('joining again and again with one link gives neither unlimited sessions nor more writes', async () => {
    const server = await serve({ limits: { sessionsPerInviteBurst: 10, documentWriteBurst: 20 } })
    const { doc, tokens } = await documentWithSessions(server.url, server.adminToken)
    const join = () =>
      fetch(`${server.url}/api/sessions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ invite: doc.invites.commenter, name: 'Kloon', organisation: 'x', group: 'ouders' }),
      })
    const sessions: string[] = []
    let refused: Response | null = null
    for (let i = 0; i < 30; i++) {
      const r = await join()
      if (r.status === 201) sessions.push(((await r.json()) as { token: string }).token)
      else refused ??= r
    }
    // documentWithSessions used one commenter session already.
    expect(sessions.length).toBe(9)
    expect(refused?.status).toBe(429)
    expect(Number(refused?.headers.get('retry-after'))).toBeGreaterThanOrEqual(1)
    // Another link is not affected.
    expect((await createSession(server.url, doc.invites.viewer, 'Lezer')).role).toBe('viewer')

    // Nine sessions with a burst of 30 each still share the document's 20 (plus what it refills, five
    // a second, while the 45 requests run: seconds on a busy machine).
    let accepted = 0
    const started = Date.now()
    for (const token of sessions) {
      for (let i = 0; i < 5; i++) {
        const r = await api(server.url, 'POST', path(doc.id, '/threads'), {
          token,
          body: { anchor: { opgave: 2 }, body: 'nog een' },
        })
        if (r.status === 201) accepted++
        else expect(r.status).toBe(429)
      }
    }
    expect(accepted).toBeGreaterThan(0)
    expect(accepted).toBeLessThanOrEqual(20 + Math.ceil(((Date.now() - started) / 1000) * 5) + 1)
    expect(accepted).toBeLessThan(45)
    // Reading is never limited.
    expect((await api(server.url, 'GET', path(doc.id, '/threads'), { token: tokens.viewer })).status).toBe(200)
  })

  it('caps threads per participant and comments per thread (409 limit_reached), the writing team excepted', async () => {
    const server = await serve({
      limits: {
        writeBurst: 10_000,
        writesPerSecond: 1_000,
        documentWriteBurst: 10_000,
        documentWritesPerSecond: 1_000,
      },
    })
    const { doc, tokens } = await documentWithSessions(server.url, server.adminToken)
    const post = (token: string, opgave: number, body = 'reactie') =>
      api<Thread & { error?: { code: string } }>(server.url, 'POST', path(doc.id, '/threads'), {
        token,
        body: { anchor: { opgave }, body },
      })
    for (let i = 0; i < COMMENT_LIMITS.threadsPerParticipant; i++) {
      expect((await post(tokens.commenter, 1 + (i % 8))).status).toBe(201)
    }
    const over = await post(tokens.commenter, 1)
    expect(over.status).toBe(409)
    expect(over.json.error?.code).toBe('limit_reached')
    // An editor is not held to the per-participant limit.
    const first = await post(tokens.editor, 3)
    expect(first.status).toBe(201)

    const reply = (token: string) =>
      api<Comment & { error?: { code: string } }>(
        server.url,
        'POST',
        path(doc.id, `/threads/${first.json.id}/comments`),
        {
          token,
          body: { body: 'antwoord' },
        },
      )
    for (let i = 1; i < COMMENT_LIMITS.commentsPerThread; i++) expect((await reply(tokens.owner)).status).toBe(201)
    const full = await reply(tokens.owner)
    expect(full.status).toBe(409)
    expect(full.json.error?.code).toBe('limit_reached')
  }, 60_000)

  it('pages the thread list: the first page keeps its shape, later pages by offset, a page bounded in comments', async () => {
    const server = await serve({
      limits: {
        writeBurst: 10_000,
        writesPerSecond: 1_000,
        documentWriteBurst: 10_000,
        documentWritesPerSecond: 1_000,
      },
    })
    const { doc, tokens } = await documentWithSessions(server.url, server.adminToken)
    const ids: string[] = []
    for (let i = 0; i < 120; i++) {
      const r = await api<Thread>(server.url, 'POST', path(doc.id, '/threads'), {
        token: tokens.editor,
        body: { anchor: { opgave: 1 + (i % 8) }, body: `draad ${i}` },
      })
      ids.push(r.json.id)
    }
    const first = await api<ThreadPage>(server.url, 'GET', path(doc.id, '/threads'), { token: tokens.viewer })
    expect(first.status).toBe(200)
    expect(first.json.threads.map((t) => t.id)).toEqual(ids)
    expect(first.json).toMatchObject({ total: 120, nextOffset: null })

    const pages: string[] = []
    let offset: number | null = 0
    let requests = 0
    while (offset !== null) {
      const r: { status: number; json: ThreadPage } = await api<ThreadPage>(
        server.url,
        'GET',
        path(doc.id, `/threads?offset=${offset}&limit=50`),
        { token: tokens.viewer },
      )
      expect(r.json.threads.length).toBeLessThanOrEqual(50)
      pages.push(...r.json.threads.map((t) => t.id))
      offset = r.json.nextOffset
      requests++
    }
    expect(requests).toBe(3)
    expect(pages).toEqual(ids)

    // A thread with many replies ends a page early: a page never passes 200 comments.
    for (let i = 0; i < 150; i++) {
      await api(server.url, 'POST', path(doc.id, `/threads/${ids[0]}/comments`), {
        token: tokens.owner,
        body: { body: `antwoord ${i}` },
      })
    }
    const heavy = await api<ThreadPage>(server.url, 'GET', path(doc.id, '/threads?limit=500'), {
      token: tokens.viewer,
    })
    const comments = heavy.json.threads.reduce((n, t) => n + t.comments.length, 0)
    expect(comments).toBeLessThanOrEqual(200)
    expect(heavy.json.nextOffset).toBe(heavy.json.threads.length)

    for (const bad of ['offset=-1', 'limit=0', 'limit=abc']) {
      expect((await api(server.url, 'GET', path(doc.id, `/threads?${bad}`), { token: tokens.viewer })).status).toBe(400)
    }
  }, 60_000)
})

describe('row 10: the owner decides the stakeholder groups', () => {
  it('one commenter link used seven times with seven groups and the owner’s name counts as no group until the owner confirms', async () => {
    const server = await serve()
    const { doc, tokens } = await documentWithSessions(server.url, server.adminToken)
    const groups = [
      'aanbieder',
      'gecertificeerde-instelling',
      'veilig-thuis',
      'professional',
      'jongeren',
      'ouders',
      'ketenpartner',
    ]
    const posers: string[] = []
    for (const group of groups) {
      const s = await createSession(server.url, doc.invites.commenter, 'Test owner', { group })
      posers.push(s.token)
      const t = await api<Thread>(server.url, 'POST', path(doc.id, '/threads'), {
        token: s.token,
        body: { anchor: { opgave: 1 }, body: `Namens ${group}: akkoord.` },
      })
      expect(t.status).toBe(201)
      // The comment shows the role of the link, so a name alone proves nothing.
      expect(t.json.comments[0]?.author).toMatchObject({
        name: 'Test owner',
        group,
        role: 'commenter',
        groupConfirmed: false,
      })
    }

    const report = await api<ParticipationReport>(server.url, 'GET', path(doc.id, '/participation'), {
      token: tokens.viewer,
    })
    expect(report.json.people).toEqual({ onbekend: 7 })
    expect(report.json.silentGroups).toEqual(expect.arrayContaining(groups))

    const check = async () =>
      (await api<CheckReport>(server.url, 'GET', path(doc.id, '/check'), { token: tokens.viewer })).json.opgaven.find(
        (o) => o.opgave === 1,
      )
    const before = await check()
    expect(before?.findings.some((f) => f.code === 'opgave-1.participatie-registratie')).toBe(false)

    // Only the owner confirms (or corrects) a group; then it counts.
    const people = await participants(server, doc.id, tokens.owner)
    const youth = people.find((p) => p.group === 'jongeren' && p.role === 'commenter')
    expect(youth?.groupConfirmed).toBe(false)
    const byEditor = await api(server.url, 'PATCH', path(doc.id, `/participants/${youth?.id}`), {
      token: tokens.editor,
      body: { group: 'jongeren', groupConfirmed: true },
    })
    expect(byEditor.status).toBe(403)
    const bad = await api(server.url, 'PATCH', path(doc.id, `/participants/${youth?.id}`), {
      token: tokens.owner,
      body: { group: 'koningshuis', groupConfirmed: true },
    })
    expect(bad.status).toBe(400)
    const confirmed = await api<ParticipantInfo>(server.url, 'PATCH', path(doc.id, `/participants/${youth?.id}`), {
      token: tokens.owner,
      body: { group: 'jongeren', groupConfirmed: true },
    })
    expect(confirmed.status).toBe(200)
    expect(confirmed.json).toMatchObject({ group: 'jongeren', groupConfirmed: true })

    const after = await api<ParticipationReport>(server.url, 'GET', path(doc.id, '/participation'), {
      token: tokens.viewer,
    })
    expect(after.json.people).toEqual({ jongeren: 1, onbekend: 6 })
    expect((await check())?.findings.find((f) => f.code === 'opgave-1.participatie-registratie')?.message).toContain(
      'jongeren',
    )
    const threads = await api<ThreadPage>(server.url, 'GET', path(doc.id, '/threads'), { token: tokens.viewer })
    const youthComment = threads.json.threads.flatMap((t) => t.comments).find((c) => c.authorId === youth?.id)
    expect(youthComment?.author).toMatchObject({ group: 'jongeren', groupConfirmed: true, role: 'commenter' })
  })
})

describe('another document answers like a missing one', () => {
  it('a session for document A gets the same 404 for document B as for an id that does not exist', async () => {
    const server = await serve()
    const a = await documentWithSessions(server.url, server.adminToken)
    const b = await documentWithSessions(server.url, server.adminToken)
    for (const rest of ['', '/threads', '/check', '/versions', '/participation']) {
      const other = await api(server.url, 'GET', path(b.doc.id, rest), { token: a.tokens.owner })
      const missing = await api(server.url, 'GET', path('bestaat-niet', rest), { token: a.tokens.owner })
      expect(other.status).toBe(404)
      expect(missing.status).toBe(404)
      expect(other.json).toEqual(missing.json)
    }
  })
})
