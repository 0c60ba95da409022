import type { CheckReport } from '@regiovisie/shared/checker'
import { afterEach, beforeEach, expect, it } from 'vitest'
import * as Y from 'yjs'
import { api, createSession, documentWithSessions } from '../helpers/api.ts'
import { Cleanup, connectClient, waitSynced } from '../helpers/clients.ts'
import { startServer, type TestServer } from '../helpers/startServer.ts'

let server: TestServer
const cleanup = new Cleanup()
beforeEach(async () => {
  server = await startServer()
  cleanup.add(() => server.close())
})
afterEach(() => cleanup.run())

const OPGAVE_1 =
  'Deze regiovisie geldt voor de periode 2026–2029. Wij hebben de visie in zes werksessies in 2025 opgesteld samen met jongeren uit de jongerenraad, ouders uit het ouderpanel, jeugdhulpaanbieders, de gecertificeerde instellingen, Veilig Thuis, professionals uit de wijkteams en ketenpartners zoals scholen en huisartsen.'

async function opgave1(id: string, token: string) {
  const r = await api<CheckReport>(server.url, 'GET', `/api/documents/${id}/check`, { token })
  const o = r.json.opgaven.find((x) => x.opgave === 1)
  if (!o) throw new Error('no opgave 1')
  return o
}

it('adoption recorded in the tracker counts for opgave 1, and the report names the councils still to adopt', async () => {
  const { doc, tokens } = await documentWithSessions(server.url, server.adminToken)
  const editor = connectClient(server.wsUrl, doc.id, tokens.editor, cleanup)
  expect(await waitSynced(editor)).toBe(true)
  const f = editor.doc.getXmlFragment('default')
  const children = f.toArray()
  const h1 = children.findIndex((n) => n instanceof Y.XmlElement && Number(n.getAttribute('opgave')) === 1)
  ;(children[h1 + 2] as Y.XmlElement).insert(0, [new Y.XmlText(OPGAVE_1)])
  await new Promise((r) => setTimeout(r, 200))

  let o = await opgave1(doc.id, tokens.viewer)
  expect(o.status).toBe('partial')
  const pending = o.findings.find((x) => x.code === 'opgave-1.vaststelling-raden-registratie')
  expect(pending?.message).toContain('0 van 2')
  expect(pending?.message).toContain('Aadorp, Beekveld')

  const put = (name: string) =>
    api(server.url, 'PUT', `/api/documents/${doc.id}/adoption/${name}`, {
      token: tokens.owner,
      body: { route: 'raadsbesluit', outcome: 'adopted', councilDate: '2026-03-12' },
    })
  await put('Aadorp')
  o = await opgave1(doc.id, tokens.viewer)
  expect(o.status).toBe('partial')
  expect(o.findings.find((x) => x.code === 'opgave-1.vaststelling-raden-registratie')?.message).toContain(
    'Nog niet vastgesteld door: Beekveld',
  )
  await put('Beekveld')
  o = await opgave1(doc.id, tokens.viewer)
  expect(o.status).toBe('addressed')
  expect(o.findings.find((x) => x.code === 'opgave-1.vaststelling-raden-registratie')?.message).toContain(
    'alle 2 gemeenteraden',
  )
})

it('who commented counts as evidence of consultation', async () => {
  const { doc, tokens } = await documentWithSessions(server.url, server.adminToken)
  let o = await opgave1(doc.id, tokens.viewer)
  expect(o.findings.some((x) => x.code === 'opgave-1.participatie-registratie')).toBe(false)
  const youth = await createSession(server.url, doc.invites.commenter, 'Sam', {
    organisation: 'Jongerenraad',
    group: 'jongeren',
  })
  await api(server.url, 'POST', `/api/documents/${doc.id}/threads`, {
    token: youth.token,
    body: { anchor: { opgave: 3 }, body: 'Wij willen sneller hulp.' },
  })
  // A self-declared group counts once the owner confirmed it.
  o = await opgave1(doc.id, tokens.viewer)
  expect(o.findings.some((x) => x.code === 'opgave-1.participatie-registratie')).toBe(false)
  const people = await api<{ participants: Array<{ id: string; name: string }> }>(
    server.url,
    'GET',
    `/api/documents/${doc.id}/participants`,
    { token: tokens.owner },
  )
  const sam = people.json.participants.find((p) => p.name === 'Sam')
  await api(server.url, 'PATCH', `/api/documents/${doc.id}/participants/${sam?.id}`, {
    token: tokens.owner,
    body: { group: 'jongeren', groupConfirmed: true },
  })
  o = await opgave1(doc.id, tokens.viewer)
  expect(o.findings.find((x) => x.code === 'opgave-1.participatie-registratie')?.message).toContain('jongeren')
})

it('the reactieverslag counts: reactions still unanswered are named, every one answered counts as input handled', async () => {
  const { doc, tokens } = await documentWithSessions(server.url, server.adminToken)
  const parent = await createSession(server.url, doc.invites.commenter, 'Noor', {
    organisation: 'Ouderpanel',
    group: 'ouders',
  })
  const posted = await api<{ id: string }>(server.url, 'POST', `/api/documents/${doc.id}/threads`, {
    token: parent.token,
    body: { anchor: { opgave: 2 }, body: 'Er zijn te weinig pleeggezinnen.' },
  })
  const people = await api<{ participants: Array<{ id: string; name: string }> }>(
    server.url,
    'GET',
    `/api/documents/${doc.id}/participants`,
    { token: tokens.owner },
  )
  const noor = people.json.participants.find((p) => p.name === 'Noor')
  await api(server.url, 'PATCH', `/api/documents/${doc.id}/participants/${noor?.id}`, {
    token: tokens.owner,
    body: { group: 'ouders', groupConfirmed: true },
  })
  let finding = (await opgave1(doc.id, tokens.viewer)).findings.find(
    (x) => x.code === 'opgave-1.participatie-registratie',
  )
  expect(finding?.message).toContain('Op 1 van de 1 reacties heeft het schrijfteam nog niet geantwoord')
  expect(finding?.severity).toBe('warning')

  const answered = await api(server.url, 'PUT', `/api/documents/${doc.id}/threads/${posted.json.id}/response`, {
    token: tokens.owner,
    body: { kind: 'deels-overgenomen', reason: 'Wij werven samen met de pleegzorgaanbieder.' },
  })
  expect(answered.status).toBe(200)
  finding = (await opgave1(doc.id, tokens.viewer)).findings.find((x) => x.code === 'opgave-1.participatie-registratie')
  expect(finding?.message).toContain('op alle 1 reacties een antwoord gegeven')
  expect(finding?.severity).toBe('info')
})
