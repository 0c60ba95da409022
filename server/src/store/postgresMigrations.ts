import type { SecretBox } from '../auth/secretBox.ts'
import { hashToken } from '../auth/tokens.ts'
import type { Migration } from './sql/migrate.ts'
import { all, exec, get, run, type Work } from './sql/Sql.ts'

// Version 1 is the schema as the store set it up before migrations were versioned, with every
// upgrade it applied to older databases. Each step checks before it changes, so it also brings any
// older database up to date and leaves a current one as it is.

const SCHEMA = `
CREATE TABLE IF NOT EXISTS documents (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  template TEXT NOT NULL,
  region TEXT,
  municipalities JSONB NOT NULL,
  ruleset TEXT NOT NULL,
  created_at TIMESTAMPTZ NOT NULL
);
ALTER TABLE documents ADD COLUMN IF NOT EXISTS edited_at TIMESTAMPTZ;
CREATE TABLE IF NOT EXISTS invite_links (
  token_hash TEXT PRIMARY KEY,
  token_sealed TEXT NOT NULL,
  document_id TEXT NOT NULL REFERENCES documents(id),
  role TEXT NOT NULL,
  created_at TIMESTAMPTZ NOT NULL,
  revoked_at TIMESTAMPTZ
);
CREATE INDEX IF NOT EXISTS invite_links_document ON invite_links(document_id);
CREATE TABLE IF NOT EXISTS participants (
  id TEXT PRIMARY KEY,
  document_id TEXT NOT NULL REFERENCES documents(id),
  role TEXT NOT NULL,
  name TEXT NOT NULL,
  organisation TEXT NOT NULL,
  grp TEXT,
  grp_confirmed BOOLEAN NOT NULL DEFAULT FALSE,
  token_hash TEXT NOT NULL UNIQUE,
  created_at TIMESTAMPTZ NOT NULL,
  revoked_at TIMESTAMPTZ
);
CREATE INDEX IF NOT EXISTS participants_document ON participants(document_id);
-- Documents from before the download setting: only owners and editors download until the owner allows it.
ALTER TABLE documents ADD COLUMN IF NOT EXISTS download_allowed BOOLEAN NOT NULL DEFAULT FALSE;
-- Documents from before the theme choice keep the neutral look.
ALTER TABLE documents ADD COLUMN IF NOT EXISTS theme TEXT NOT NULL DEFAULT 'neutral';
ALTER TABLE participants ADD COLUMN IF NOT EXISTS link_hash TEXT;
CREATE UNIQUE INDEX IF NOT EXISTS participants_link ON participants(link_hash);
CREATE TABLE IF NOT EXISTS sessions (
  token_hash TEXT PRIMARY KEY,
  participant_id TEXT NOT NULL REFERENCES participants(id),
  created_at TIMESTAMPTZ NOT NULL
);
DO $$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = current_schema()
                 AND table_name = 'participants' AND column_name = 'grp_confirmed') THEN
    ALTER TABLE participants ADD COLUMN grp_confirmed BOOLEAN NOT NULL DEFAULT FALSE;
    -- The owner decides the groups: of the people who joined before, only owners count as confirmed.
    UPDATE participants SET grp_confirmed = TRUE WHERE role = 'owner';
  END IF;
END $$;
CREATE TABLE IF NOT EXISTS doc_snapshots (
  document_id TEXT PRIMARY KEY REFERENCES documents(id),
  state BYTEA NOT NULL,
  upto_seq BIGINT NOT NULL
);
-- Numbered per document (documents.last_seq), in commit order: see appendUpdate.
CREATE TABLE IF NOT EXISTS doc_updates (
  document_id TEXT NOT NULL REFERENCES documents(id),
  seq BIGINT NOT NULL,
  data BYTEA NOT NULL,
  PRIMARY KEY (document_id, seq)
);
CREATE TABLE IF NOT EXISTS threads (
  seq BIGSERIAL,
  id TEXT PRIMARY KEY,
  document_id TEXT NOT NULL REFERENCES documents(id),
  anchor JSONB NOT NULL,
  opgave INTEGER,
  section TEXT,
  quote TEXT,
  resolved BOOLEAN NOT NULL DEFAULT FALSE,
  created_at TIMESTAMPTZ NOT NULL,
  created_by TEXT NOT NULL REFERENCES participants(id)
);
CREATE INDEX IF NOT EXISTS threads_document ON threads(document_id, seq);
-- The reactieverslag: nothing is public and nobody private is named until someone chose so.
ALTER TABLE threads ADD COLUMN IF NOT EXISTS is_public BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE participants ADD COLUMN IF NOT EXISTS show_name BOOLEAN NOT NULL DEFAULT FALSE;
CREATE TABLE IF NOT EXISTS comments (
  seq BIGSERIAL,
  id TEXT PRIMARY KEY,
  thread_id TEXT NOT NULL REFERENCES threads(id) ON DELETE CASCADE,
  document_id TEXT NOT NULL REFERENCES documents(id),
  author_id TEXT NOT NULL REFERENCES participants(id),
  body TEXT NOT NULL,
  created_at TIMESTAMPTZ NOT NULL,
  edited_at TIMESTAMPTZ
);
CREATE INDEX IF NOT EXISTS comments_document ON comments(document_id, seq);
CREATE TABLE IF NOT EXISTS thread_suggestions (
  thread_id TEXT PRIMARY KEY REFERENCES threads(id) ON DELETE CASCADE,
  document_id TEXT NOT NULL REFERENCES documents(id),
  text TEXT NOT NULL,
  original TEXT NOT NULL,
  status TEXT NOT NULL,
  decided_by TEXT REFERENCES participants(id),
  decided_at TIMESTAMPTZ
);
CREATE INDEX IF NOT EXISTS thread_suggestions_document ON thread_suggestions(document_id);
CREATE TABLE IF NOT EXISTS thread_responses (
  thread_id TEXT PRIMARY KEY REFERENCES threads(id) ON DELETE CASCADE,
  document_id TEXT NOT NULL REFERENCES documents(id),
  kind TEXT NOT NULL,
  reason TEXT,
  by_id TEXT NOT NULL REFERENCES participants(id),
  at TIMESTAMPTZ NOT NULL
);
CREATE INDEX IF NOT EXISTS thread_responses_document ON thread_responses(document_id);
CREATE TABLE IF NOT EXISTS activity (
  id BIGSERIAL PRIMARY KEY,
  document_id TEXT NOT NULL REFERENCES documents(id),
  at TIMESTAMPTZ NOT NULL,
  actor_id TEXT REFERENCES participants(id),
  action TEXT NOT NULL,
  details JSONB NOT NULL
);
CREATE INDEX IF NOT EXISTS activity_document ON activity(document_id, id);
CREATE TABLE IF NOT EXISTS versions (
  seq BIGSERIAL,
  id TEXT PRIMARY KEY,
  document_id TEXT NOT NULL REFERENCES documents(id),
  name TEXT NOT NULL,
  note TEXT,
  created_at TIMESTAMPTZ NOT NULL,
  author_id TEXT REFERENCES participants(id),
  state BYTEA NOT NULL
);
CREATE INDEX IF NOT EXISTS versions_document ON versions(document_id, seq);
CREATE TABLE IF NOT EXISTS adoption (
  document_id TEXT NOT NULL REFERENCES documents(id),
  municipality TEXT NOT NULL,
  data JSONB NOT NULL,
  PRIMARY KEY (document_id, municipality)
);
-- Before several nodes, updates were numbered by one global BIGSERIAL. Now each document counts its
-- own (gap-free, so a node can tell that it missed one); the old numbers stay and the count goes on
-- from the highest.
DO $$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = current_schema()
                 AND table_name = 'documents' AND column_name = 'last_seq') THEN
    ALTER TABLE documents ADD COLUMN last_seq BIGINT NOT NULL DEFAULT 0;
    UPDATE documents d SET last_seq = GREATEST(
      (SELECT COALESCE(max(seq), 0) FROM doc_updates u WHERE u.document_id = d.id),
      (SELECT COALESCE(max(upto_seq), 0) FROM doc_snapshots s WHERE s.document_id = d.id));
  END IF;
  IF EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = current_schema()
             AND table_name = 'doc_updates' AND column_name = 'seq' AND column_default IS NOT NULL) THEN
    ALTER TABLE doc_updates DROP CONSTRAINT doc_updates_pkey;
    ALTER TABLE doc_updates ALTER COLUMN seq DROP DEFAULT;
    ALTER TABLE doc_updates ADD PRIMARY KEY (document_id, seq);
    DROP INDEX IF EXISTS doc_updates_document;
    DROP SEQUENCE IF EXISTS doc_updates_seq_seq;
  END IF;
END $$;
`

interface PlainInvite {
  token: string
  document_id: string
  role: string
  created_at: string
  revoked_at: string | null
}

/** Moves invites from the old plain-text table into `invite_links` (hash + sealed token) and drops it. */
function* sealInvites(secrets: SecretBox): Work<void> {
  const old = yield* get<{ t: string | null }>("SELECT to_regclass('invites')::text AS t")
  if (!old?.t) return
  const rows = yield* all<PlainInvite>(
    'SELECT token, document_id, role, created_at, revoked_at FROM invites FOR UPDATE',
  )
  for (const r of rows) {
    yield* run(
      'INSERT INTO invite_links (token_hash, token_sealed, document_id, role, created_at, revoked_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING',
      hashToken(r.token),
      secrets.seal(r.token),
      r.document_id,
      r.role,
      r.created_at,
      r.revoked_at,
    )
  }
  yield* exec('DROP TABLE invites')
}

export const POSTGRES_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'schema before versioned migrations',
    *up({ secrets }) {
      yield* exec(SCHEMA)
      yield* sealInvites(secrets)
    },
  },
]
