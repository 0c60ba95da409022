import type { Author, PersonRef, Suggestion, Thread, ThreadResponse } from '@regiovisie/shared/comments'
import { isPrivatePerson, PRIVATE_PERSON_LABELS, seesPrivateNames } from '@regiovisie/shared/groups'
import { notFound } from '../errors.ts'
import type { CommentWithAuthor, ParticipantRecord, Store, ThreadRecord } from '../store/Store.ts'
import type { SyncServer } from '../sync/createSyncServer.ts'
import { currentSuggestionText, type SuggestionAnchor } from './suggestionRange.ts'

type StoredThread = ThreadRecord & { comments: CommentWithAuthor[] }

/**
 * Who reads the threads. Without one (the export, the checker) everything is as stored; with one,
 * private persons (jongeren, ouders who did not choose to be named) appear to anyone outside the
 * writing team, except themselves, as their group: their name and organisation are not in the result.
 */
export type ThreadReaderFor = Pick<ParticipantRecord, 'id' | 'role'>

export interface ThreadReader {
  /** Every thread of a document, placed in the current text. */
  list(documentId: string, reader?: ThreadReaderFor): Promise<Thread[]>
  one(documentId: string, threadId: string, reader?: ThreadReaderFor): Promise<Thread>
}

/** Someone who left the document (or an id nobody has) still shows as someone. */
const UNKNOWN: Pick<ParticipantRecord, 'name' | 'organisation' | 'group' | 'role' | 'groupConfirmed'> = {
  name: 'Onbekend',
  organisation: '',
  group: null,
  role: 'viewer',
  groupConfirmed: false,
}

/** Reads stored threads and places their anchors in the live document (anchors follow the text). */
export function createThreadReader(store: Store, sync: SyncServer): ThreadReader {
  async function present(documentId: string, stored: StoredThread[], reader?: ThreadReaderFor): Promise<Thread[]> {
    const { placeAnchors } = await import('./placeAnchors.ts')
    const { placements, current } = await sync.readDocument(documentId, (doc) => {
      // Proposals first: placing anchors builds the ProseMirror view, which may repair the copy.
      const current = stored.map((t) =>
        t.suggestion?.status === 'open' ? currentSuggestionText(doc, t.anchor as SuggestionAnchor) : null,
      )
      const placements = placeAnchors(
        doc,
        stored.map((t) => t.anchor),
        stored.map((t) => t.suggestion !== undefined && t.suggestion.original === ''),
      )
      return { placements, current }
    })
    const masks = reader !== undefined && !seesPrivateNames(reader.role)
    const needsPeople = masks || stored.some((t) => t.suggestion || t.response)
    const people = new Map(needsPeople ? (await store.listParticipants(documentId)).map((p) => [p.id, p]) : [])
    /** This reader sees the participant `id` as their group only. */
    const hidden = (id: string): string | null => {
      const p = people.get(id)
      if (!masks || !p || p.id === reader?.id || !isPrivatePerson(p)) return null
      return PRIVATE_PERSON_LABELS[p.group as keyof typeof PRIVATE_PERSON_LABELS].nl
    }
    const shown = (id: string, a: Author): Author => {
      const label = hidden(id)
      if (label === null) return a
      const masked: Author = { name: label, organisation: '', group: a.group, private: true }
      if (a.role !== undefined) masked.role = a.role
      if (a.groupConfirmed !== undefined) masked.groupConfirmed = a.groupConfirmed
      return masked
    }
    const author = (id: string): Author => {
      const p = people.get(id) ?? UNKNOWN
      return shown(id, {
        name: p.name,
        organisation: p.organisation,
        group: p.group,
        role: p.role,
        groupConfirmed: p.groupConfirmed,
      })
    }
    const ref = (id: string): PersonRef => {
      const p = people.get(id) ?? UNKNOWN
      const label = hidden(id)
      return label === null
        ? { id, name: p.name, organisation: p.organisation, role: p.role }
        : { id, name: label, organisation: '', role: p.role }
    }

    return stored.map((t, i) => {
      const p = placements[i] ?? { opgave: null, section: null, quote: null, detached: true }
      const thread: Thread = {
        id: t.id,
        anchor: t.anchor as Thread['anchor'],
        resolved: t.resolved,
        public: t.public === true,
        createdAt: t.createdAt,
        createdBy: t.createdBy,
        comments: t.comments.map((c) => ({
          id: c.id,
          body: c.body,
          author: shown(c.authorId, c.author),
          authorId: c.authorId,
          createdAt: c.createdAt,
          editedAt: c.editedAt,
        })),
        // A detached thread stays under the section it was started in.
        opgave: p.detached ? t.opgave : p.opgave,
        section: p.detached ? t.section : p.section,
        quote: p.detached ? t.quote : p.quote,
        // Stored at creation and never rewritten (null for a section thread).
        originalQuote: t.quote,
        detached: p.detached,
      }
      if (t.suggestion) {
        const s = t.suggestion
        const now = current[i] ?? null
        const suggestion: Suggestion = {
          text: s.text,
          original: s.original,
          status: s.status,
          proposer: author(t.createdBy),
          current: s.status === 'open' ? now : null,
          stale: s.status === 'open' && now !== s.original,
          decidedBy: s.decidedBy ? ref(s.decidedBy) : null,
          decidedAt: s.decidedAt,
        }
        thread.suggestion = suggestion
      }
      if (t.response) {
        const r = t.response
        const response: ThreadResponse = { kind: r.kind, by: ref(r.by), at: r.at }
        if (r.reason !== null) response.reason = r.reason
        thread.response = response
      }
      return thread
    })
  }

  return {
    async list(documentId, reader) {
      return present(documentId, await store.listThreads(documentId), reader)
    },
    async one(documentId, threadId, reader) {
      const stored = (await store.listThreads(documentId)).filter((t) => t.id === threadId)
      const [thread] = await present(documentId, stored, reader)
      if (!thread) throw notFound('Deze draad bestaat niet (meer).')
      return thread
    },
  }
}
