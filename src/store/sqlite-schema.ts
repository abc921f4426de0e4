/**
 * The SQLite schema and its migrations. Model objects live in JSON text
 * columns; the fields that queries filter or sort on are copied into indexed
 * columns beside them. The ledger keeps one column per entry field, so that an
 * auditor can read (and a tamper test can edit) it with plain SQL.
 */
import type Database from 'better-sqlite3';
import { HomeostatError } from '../core/errors.js';

/** Ordered migrations; index i brings the schema to version i + 1. Never edit a shipped one. */
const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE incidents (
    id TEXT PRIMARY KEY,
    state TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    opened_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    data TEXT NOT NULL
  );
  CREATE INDEX incidents_opened ON incidents (opened_at DESC, id DESC);
  CREATE INDEX incidents_state ON incidents (state, opened_at);
  CREATE INDEX incidents_fingerprint ON incidents (fingerprint, opened_at);

  CREATE TABLE actions (
    id TEXT PRIMARY KEY,
    incident_id TEXT NOT NULL,
    state TEXT NOT NULL,
    remedy TEXT NOT NULL,
    target_entity TEXT NOT NULL,
    idempotency_key TEXT NOT NULL UNIQUE,
    created_at INTEGER NOT NULL,
    data TEXT NOT NULL
  );
  CREATE INDEX actions_created ON actions (created_at, id);
  CREATE INDEX actions_incident ON actions (incident_id, created_at);
  CREATE INDEX actions_state ON actions (state, created_at);
  CREATE INDEX actions_target ON actions (target_entity, created_at);

  CREATE TABLE approvals (
    id TEXT PRIMARY KEY,
    action_id TEXT NOT NULL,
    state TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    data TEXT NOT NULL
  );
  CREATE INDEX approvals_state ON approvals (state, created_at);
  CREATE INDEX approvals_action ON approvals (action_id, created_at);

  CREATE TABLE outcome_stats (
    fingerprint TEXT NOT NULL,
    remedy TEXT NOT NULL,
    target_class TEXT NOT NULL,
    successes INTEGER NOT NULL,
    failures INTEGER NOT NULL,
    last_at INTEGER NOT NULL,
    PRIMARY KEY (fingerprint, remedy, target_class)
  );

  CREATE TABLE heals (
    id INTEGER PRIMARY KEY,
    fingerprint TEXT NOT NULL,
    target TEXT NOT NULL,
    remedy TEXT NOT NULL,
    action_id TEXT NOT NULL,
    at INTEGER NOT NULL
  );
  CREATE INDEX heals_window ON heals (fingerprint, at);

  CREATE TABLE ledger (
    seq INTEGER PRIMARY KEY,
    at INTEGER NOT NULL,
    type TEXT NOT NULL,
    incident_id TEXT,
    action_id TEXT,
    actor TEXT NOT NULL,
    payload TEXT NOT NULL,
    policy_hash TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
  );

  CREATE TABLE docs (
    collection TEXT NOT NULL,
    id TEXT NOT NULL,
    doc TEXT NOT NULL,
    PRIMARY KEY (collection, id)
  ) WITHOUT ROWID;
  `,
];

/** The schema version this code writes. */
export const SCHEMA_VERSION = MIGRATIONS.length;

/**
 * Brings the database to SCHEMA_VERSION inside one transaction; idempotent.
 * Refuses a database written by a newer homeostat rather than guessing.
 */
export function migrate(db: Database.Database, where: string): void {
  db.exec('CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)');
  db.transaction(() => {
    const row = db.prepare('SELECT max(version) AS v FROM schema_version').get() as { v: number | null };
    const current = row.v ?? 0;
    if (current > SCHEMA_VERSION) {
      throw new HomeostatError(
        'HST_STORE',
        `${where}: schema version ${current} is newer than this homeostat understands (${SCHEMA_VERSION}); upgrade homeostat`,
      );
    }
    for (let v = current; v < SCHEMA_VERSION; v++) {
      db.exec(MIGRATIONS[v] ?? '');
      db.prepare('INSERT INTO schema_version (version) VALUES (?)').run(v + 1);
    }
  }).immediate();
}
