import type { Thread, ThreadPage } from '@regiovisie/shared/comments'
import { MessageType } from '@regiovisie/shared/protocol'
import type { Role } from '@regiovisie/shared/roles'
import { FRAGMENT_NAME } from '@regiovisie/shared/schema'
import JSZip from 'jszip'
import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { rangeAnchor } from '../helpers/anchors.ts'
import { api, createDocument, createSession } from '../helpers/api.ts'
import { Cleanup, connectClient, fragmentText, until, waitSynced } from '../helpers/clients.ts'
import { startServer } from '../helpers/startServer.ts'

const cleanup = new Cleanup()
afterEach(() => cleanup.run())

type ErrorBody = { error: { code: string; message: string } }

async function setup() {
  const server = await startServer()
  cleanup.add(() => server.close())
  // Under wet-2026 the document has opgaven 1–12: the reactieverslag covers 9–12 too.
  const doc = await createDocument(server.url, server.adminToken, { ruleset: 'wet-2026' })
  const tokens = {} as Record<Role, string>
  for (const role of ['owner', 'editor', 'commenter', 'viewer'] as const)
    tokens[role] = (await createSession(server.url, doc.invites[role], `Test ${role}`)).token
  const call = <T = Thread>(method: string, rest: string, token: string, body?: unknown) =>
    api<T>(server.url, method, `/api/documents/${doc.id}${rest}`, { token, body })
  return { server, doc, tokens, call }
}

describe('a thread is public in the reactieverslag only when the owner marks it', () => {
  it('starts private; only the owner marks it public, the mark is stored and announced', async () => {
    const { server, doc, tokens, call } = await setup()
    const created = await call('POST', '/threads', tokens.commenter, { anchor: { opgave: 9 }, body: 'Meer inspraak.' })
    expect(created.status).toBe(201)
    expect(created.json.public).toBe(false)
    const id = created.json.id

    for (const role of ['editor', 'commenter', 'viewer'] as const) {
      const r = await call<ErrorBody>('PUT', `/threads/${id}/public`, tokens[role], { public: true })
      expect(r.status, role).toBe(403)
      expect(r.json.error.code).toBe('forbidden')
    }
    const bad = await call<ErrorBody>('PUT', `/threads/${id}/public`, tokens.owner, { public: 'ja' })
    expect(bad.status).toBe(400)
    expect(typeof bad.json.error.message).toBe('string')
    const missing = await call<ErrorBody>('PUT', '/threads/no-such-thread/public', tokens.owner, { public: true })
    expect(missing.status).toBe(404)

    const viewer = connectClient(server.wsUrl, doc.id, tokens.viewer, cleanup, { ack: '1' })
    expect(await waitSynced(viewer)).toBe(true)
    let changes = 0
    // biome-ignore lint/suspicious/noExplicitAny: y-websocket's handler table is untyped.
    ;(viewer.provider as any).messageHandlers[MessageType.threadsChanged] = () => {
      changes++
    }
    const marked = await call('PUT', `/threads/${id}/public`, tokens.owner, { public: true })
    expect(marked.status).toBe(200)
    expect(marked.json.public).toBe(true)
    expect(await until(() => changes > 0)).toBe(true)

    const listed = await call<ThreadPage>('GET', '/threads', tokens.viewer)
    expect(listed.json.threads.find((t) => t.id === id)?.public).toBe(true)
    const back = await call('PUT', `/threads/${id}/public`, tokens.owner, { public: false })
    expect(back.json.public).toBe(false)
    const again = await call<ThreadPage>('GET', '/threads', tokens.owner)
    expect(again.json.threads.find((t) => t.id === id)?.public).toBe(false)
  })
})

describe('private persons (jongeren, ouders) appear as their group outside the writing team', () => {
  it('a lezer gets JSON without the name; the writing team and the person see it; a named person is named', async () => {
    const { server, doc, tokens, call } = await setup()
    const join = (name: string, organisation: string, group: string, role: Role, extra = {}) =>
      createSession(server.url, doc.invites[role], name, { organisation, group, ...extra })
    const sanne = await join('Sanne Verborgen', 'Ouderpanel Zuid', 'ouders', 'commenter')
    const jamal = await join('Jamal Genoemd', 'Jongerenraad', 'jongeren', 'commenter', { showName: true })
    const other = await join('Petra Aanbieder', 'Zorg BV', 'aanbieder', 'commenter')

    const t1 = await call('POST', '/threads', sanne.token, { anchor: { opgave: 10 }, body: 'Wij wachten te lang.' })
    expect(t1.status).toBe(201)
    // The person herself sees her own name in the answer.
    expect(t1.json.comments[0]?.author.name).toBe('Sanne Verborgen')
    await call('POST', `/threads/${t1.json.id}/comments`, jamal.token, { body: 'Herkenbaar.' })
    await call('POST', `/threads/${t1.json.id}/comments`, tokens.editor, { body: 'Dank, we nemen het mee.' })

    const raw = async (token: string) => {
      const r = await fetch(`${server.url}/api/documents/${doc.id}/threads`, {
        headers: { authorization: `Bearer ${token}` },
      })
      return r.text()
    }
    for (const [who, token] of [
      ['lezer', tokens.viewer],
      ['another reageerder', other.token],
    ] as const) {
      const text = await raw(token)
      expect(text, who).not.toContain('Sanne')
      expect(text, who).not.toContain('Verborgen')
      expect(text, who).not.toContain('Ouderpanel')
      expect(text, who).toContain('Een ouder')
      // Jamal chose to be named.
      expect(text, who).toContain('Jamal Genoemd')
      const page = JSON.parse(text) as ThreadPage
      const author = page.threads[0]?.comments[0]?.author
      expect(author).toMatchObject({ name: 'Een ouder', organisation: '', group: 'ouders', private: true })
    }
    for (const [who, token] of [
      ['owner', tokens.owner],
      ['editor', tokens.editor],
      ['Sanne', sanne.token],
    ] as const) {
      const text = await raw(token)
      expect(text, who).toContain('Sanne Verborgen')
      expect(text, who).toContain('Ouderpanel Zuid')
    }

    // She changes her mind: from now on lezers see her name.
    const bad = await call<ErrorBody>('PUT', '/me/show-name', sanne.token, { showName: 'ja' })
    expect(bad.status).toBe(400)
    const named = await call<{ showName: boolean }>('PUT', '/me/show-name', sanne.token, { showName: true })
    expect(named.json).toEqual({ showName: true })
    expect((await call<{ me: { showName: boolean } }>('GET', '', sanne.token)).json.me.showName).toBe(true)
    expect(await raw(tokens.viewer)).toContain('Sanne Verborgen')
    await call('PUT', '/me/show-name', sanne.token, { showName: false })
    expect(await raw(tokens.viewer)).not.toContain('Sanne')
  })
})

describe('presence shows a private person as their group too', () => {
  it('a lezer never receives the name of an unnamed parent through presence', async () => {
    const { server, doc, tokens } = await setup()
    const parent = await createSession(server.url, doc.invites.commenter, 'Sanne Verborgen', {
      organisation: 'Ouderpanel Zuid',
      group: 'ouders',
    })
    const viewer = connectClient(server.wsUrl, doc.id, tokens.viewer, cleanup)
    const client = connectClient(server.wsUrl, doc.id, parent.token, cleanup)
    expect(await waitSynced(viewer)).toBe(true)
    expect(await waitSynced(client)).toBe(true)
    const seen = () =>
      [...viewer.provider.awareness.getStates().values()].map((s) => (s.user as { name?: string } | undefined)?.name)
    // A client that sends her real name is not relayed …
    client.provider.awareness.setLocalStateField('user', {
      name: 'Sanne Verborgen',
      organisation: 'Ouderpanel Zuid',
      group: 'ouders',
    })
    await new Promise((r) => setTimeout(r, 300))
    expect(seen()).not.toContain('Sanne Verborgen')
    // … her group as her name is.
    client.provider.awareness.setLocalStateField('user', { name: 'Een ouder', organisation: '', group: 'ouders' })
    expect(await until(() => seen().includes('Een ouder'))).toBe(true)
  })
})

describe('the export carries the reactieverslag', () => {
  it('quotes only public threads, per opgave and group, with the response, the change and totals', async () => {
    const { server, doc, tokens, call } = await setup()
    const editor = connectClient(server.wsUrl, doc.id, tokens.editor, cleanup)
    expect(await waitSynced(editor)).toBe(true)
    // A sentence in opgave 9, right after its heading's guidance.
    const children = editor.doc.getXmlFragment(FRAGMENT_NAME).toArray()
    const h9 = children.findIndex(
      (n) => n instanceof Y.XmlElement && n.getAttribute('opgave') === (9 as unknown as string),
    )
    ;(children[h9 + 2] as Y.XmlElement).insert(0, [new Y.XmlText('Wij kopen de hulp in per traject.')])
    const viewer = connectClient(server.wsUrl, doc.id, tokens.viewer, cleanup)
    expect(await until(() => fragmentText(viewer.doc).includes('per traject'))).toBe(true)

    const join = (name: string, organisation: string, group: string, extra = {}) =>
      createSession(server.url, doc.invites.commenter, name, { organisation, group, ...extra })
    const sanne = await join('Sanne Verborgen', 'Ouderpanel Zuid', 'ouders')
    const jamal = await join('Jamal Genoemd', 'Jongerenraad', 'jongeren', { showName: true })
    const kim = await join('Kim Stil', 'School', 'jongeren')
    const people = (
      await call<{ participants: { id: string; name: string; group: string }[] }>('GET', '/participants', tokens.owner)
    ).json.participants
    for (const p of people.filter((p) => p.name !== 'Test owner'))
      await call('PATCH', `/participants/${p.id}`, tokens.owner, { group: p.group, groupConfirmed: true })

    // Sanne proposes a change; the editor accepts it.
    const proposal = await call('POST', '/threads', sanne.token, {
      anchor: rangeAnchor(editor.doc, 'per traject'),
      suggestion: { text: 'per gezin' },
      body: 'Denk aan het hele gezin.',
    })
    expect(proposal.status).toBe(201)
    expect((await call('POST', `/threads/${proposal.json.id}/accept`, tokens.editor)).status).toBe(200)
    // Jamal (named) and Kim (not public) react on opgave 10 and 11.
    const jamalsThread = await call('POST', '/threads', jamal.token, {
      anchor: { opgave: 10 },
      body: 'Sneller helpen.',
    })
    await call('PUT', `/threads/${jamalsThread.json.id}/response`, tokens.editor, {
      kind: 'niet-overgenomen',
      reason: 'Daar gaat de regio niet over.',
    })
    const kimsThread = await call('POST', '/threads', kim.token, { anchor: { opgave: 11 }, body: 'GEHEIM-WOORD' })
    await call('PUT', `/threads/${kimsThread.json.id}/response`, tokens.editor, { kind: 'overgenomen' })
    for (const t of [proposal.json, jamalsThread.json])
      expect((await call('PUT', `/threads/${t.id}/public`, tokens.owner, { public: true })).status).toBe(200)

    const download = async (format: string) => {
      const res = await fetch(`${server.url}/api/documents/${doc.id}/export?format=${format}`, {
        headers: { authorization: `Bearer ${tokens.owner}` },
      })
      expect(res.status).toBe(200)
      return Buffer.from(await res.arrayBuffer())
    }
    const md = (await download('md')).toString('utf8')
    const verslag = md.slice(md.indexOf('### Reactieverslag'))
    expect(verslag).toContain('#### Opgave 9.')
    expect(verslag).toContain('#### Opgave 10.')
    // Quoted: Sanne as her group, her words, the proposal, the response, what changed.
    expect(verslag).toContain('**Een ouder**')
    expect(verslag).toContain('Inbreng: „Denk aan het hele gezin.”')
    expect(verslag).toContain('Reactie van het schrijfteam: Overgenomen')
    expect(verslag).toContain('Wat veranderde: „per traject” → „per gezin”')
    expect(verslag).toContain('**Jamal Genoemd (Jongerenraad)**')
    expect(verslag).toContain('Niet overgenomen: Daar gaat de regio niet over.')
    // Counted but not quoted: Kim's thread is not public.
    expect(md).not.toContain('GEHEIM-WOORD')
    expect(verslag).toContain('1 reactie, geen daarvan openbaar gemaakt.')
    expect(verslag).toContain('- Jongeren: 2 reacties, 1 overgenomen, 1 niet overgenomen')
    expect(verslag).toContain('- Ouders: 1 reactie, 1 overgenomen')
    // Nobody private by name, anywhere in the file.
    for (const hidden of ['Sanne', 'Verborgen', 'Ouderpanel', 'Kim Stil']) expect(md).not.toContain(hidden)

    // The same in DOCX (the text of its runs).
    const zip = await JSZip.loadAsync(await download('docx'))
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? ''
    const docx = xml.replace(/<[^>]+>/g, '')
    expect(docx).toContain('Reactieverslag: wat er met de inbreng is gedaan')
    expect(docx).toContain('Een ouder')
    expect(docx).toContain('Wat veranderde: „per traject” → „per gezin”')
    expect(docx).toContain('Jongeren: 2 reacties, 1 overgenomen, 1 niet overgenomen')
    for (const hidden of ['Sanne', 'GEHEIM-WOORD']) expect(docx).not.toContain(hidden)
  })
})
