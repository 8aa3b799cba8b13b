// SQL storage for node-oidc-provider: one table for every model, told apart by `kind`.
// Every Adapter method is exactly one SQL statement, and every statement sent is counted so the
// bench can compare statements per flow with Gatehouse's own counter.
//
// SQLite goes through better-sqlite3 (built from source at install: see README.md); PostgreSQL
// through pg with named (server-side prepared) statements, as Gatehouse's sqlx caches its own.

const PG_SCHEMA = [
  `CREATE TABLE IF NOT EXISTS oidc_payloads (
    kind text NOT NULL,
    id text NOT NULL,
    payload jsonb NOT NULL,
    grant_id text,
    user_code text,
    uid text,
    expires_at timestamptz,
    consumed_at timestamptz,
    PRIMARY KEY (kind, id)
  )`,
  // Partial indexes: only the rows that can be looked up this way pay for them. No index on
  // expires_at: nothing sweeps expired rows during a bench run, reads filter them per row.
  'CREATE INDEX IF NOT EXISTS oidc_payloads_grant_id ON oidc_payloads (kind, grant_id) WHERE grant_id IS NOT NULL',
  'CREATE INDEX IF NOT EXISTS oidc_payloads_uid ON oidc_payloads (kind, uid) WHERE uid IS NOT NULL',
  'CREATE INDEX IF NOT EXISTS oidc_payloads_user_code ON oidc_payloads (kind, user_code) WHERE user_code IS NOT NULL',
];

const SQLITE_SCHEMA = [
  // WAL is a property of the database file: set once here, every worker's connection gets it.
  'PRAGMA journal_mode = WAL',
  `CREATE TABLE IF NOT EXISTS oidc_payloads (
    kind TEXT NOT NULL,
    id TEXT NOT NULL,
    payload TEXT NOT NULL,
    grant_id TEXT,
    user_code TEXT,
    uid TEXT,
    expires_at INTEGER,
    consumed_at INTEGER,
    PRIMARY KEY (kind, id)
  )`,
  'CREATE INDEX IF NOT EXISTS oidc_payloads_grant_id ON oidc_payloads (kind, grant_id) WHERE grant_id IS NOT NULL',
  'CREATE INDEX IF NOT EXISTS oidc_payloads_uid ON oidc_payloads (kind, uid) WHERE uid IS NOT NULL',
  'CREATE INDEX IF NOT EXISTS oidc_payloads_user_code ON oidc_payloads (kind, user_code) WHERE user_code IS NOT NULL',
];

const COLUMNS = 'kind, id, payload, grant_id, user_code, uid, expires_at';
const UPSERT_SET = `payload = excluded.payload, grant_id = excluded.grant_id, user_code = excluded.user_code,
  uid = excluded.uid, expires_at = excluded.expires_at, consumed_at = NULL`;

// The statements per dialect. Times are timestamptz on PostgreSQL, unix seconds on SQLite.
const SQL = {
  postgres: {
    upsert: `INSERT INTO oidc_payloads (${COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7)
      ON CONFLICT (kind, id) DO UPDATE SET ${UPSERT_SET}`,
    find: 'SELECT payload, consumed_at FROM oidc_payloads WHERE kind = $1 AND id = $2 AND (expires_at IS NULL OR expires_at > now())',
    findByUid: 'SELECT payload, consumed_at FROM oidc_payloads WHERE kind = $1 AND uid = $2 AND (expires_at IS NULL OR expires_at > now())',
    findByUserCode: 'SELECT payload, consumed_at FROM oidc_payloads WHERE kind = $1 AND user_code = $2 AND (expires_at IS NULL OR expires_at > now())',
    consume: 'UPDATE oidc_payloads SET consumed_at = now() WHERE kind = $1 AND id = $2',
    destroy: 'DELETE FROM oidc_payloads WHERE kind = $1 AND id = $2',
    revokeByGrantId: 'DELETE FROM oidc_payloads WHERE kind = $1 AND grant_id = $2',
  },
  sqlite: {
    upsert: `INSERT INTO oidc_payloads (${COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?)
      ON CONFLICT (kind, id) DO UPDATE SET ${UPSERT_SET}`,
    find: 'SELECT payload, consumed_at FROM oidc_payloads WHERE kind = ? AND id = ? AND (expires_at IS NULL OR expires_at > unixepoch())',
    findByUid: 'SELECT payload, consumed_at FROM oidc_payloads WHERE kind = ? AND uid = ? AND (expires_at IS NULL OR expires_at > unixepoch())',
    findByUserCode: 'SELECT payload, consumed_at FROM oidc_payloads WHERE kind = ? AND user_code = ? AND (expires_at IS NULL OR expires_at > unixepoch())',
    consume: 'UPDATE oidc_payloads SET consumed_at = unixepoch() WHERE kind = ? AND id = ?',
    destroy: 'DELETE FROM oidc_payloads WHERE kind = ? AND id = ?',
    revokeByGrantId: 'DELETE FROM oidc_payloads WHERE kind = ? AND grant_id = ?',
  },
};

/** `sqlite:/abs/file.db` (also `sqlite:///abs/file.db`, `?...` ignored) or a postgres:// URL. */
export function parseDatabase(url) {
  if (/^postgres(ql)?:\/\//.test(url)) return { dialect: 'postgres', url };
  const sqlite = /^sqlite:(?:\/\/)?([^?]+)/.exec(url);
  if (sqlite) return { dialect: 'sqlite', path: sqlite[1] };
  throw new Error(`PEER_DATABASE must be memory, sqlite:/path or postgres://..., got ${url}`);
}

/**
 * Opens a connection (SQLite) or a pool (PostgreSQL) behind one `query(name, sql, params)` that
 * counts every statement it sends. `statements` is that count, for /metrics.
 */
export async function openDatabase(target, { poolSize = 10 } = {}) {
  let statements = 0;
  if (target.dialect === 'sqlite') {
    const { default: Sqlite } = await import('better-sqlite3');
    const db = new Sqlite(target.path);
    // Two workers write the same file: wait for the lock rather than fail with SQLITE_BUSY.
    db.pragma('busy_timeout = 5000');
    // The same durability as Gatehouse's SQLite: sync at checkpoints, not at every commit.
    db.pragma('synchronous = NORMAL');
    statements += 2;
    const prepared = new Map();
    return {
      dialect: 'sqlite',
      get statements() { return statements; },
      async query(_name, sql, params = []) {
        let statement = prepared.get(sql);
        if (!statement) {
          statement = db.prepare(sql);
          prepared.set(sql, statement);
        }
        statements += 1;
        if (statement.reader) return statement.all(params);
        statement.run(params);
        return [];
      },
      async close() { db.close(); },
    };
  }

  const { default: pg } = await import('pg');
  const pool = new pg.Pool({ connectionString: target.url, max: poolSize });
  // An idle client losing its server must not crash the worker; the next query reconnects.
  pool.on('error', () => {});
  return {
    dialect: 'postgres',
    get statements() { return statements; },
    async query(name, sql, params = []) {
      statements += 1;
      const result = await pool.query(name ? { name, text: sql, values: params } : { text: sql, values: params });
      return result.rows;
    },
    async close() { await pool.end(); },
  };
}

/** Creates the table and indexes if absent. Run once, by the primary, before any worker starts. */
export async function createSchema(db) {
  for (const sql of db.dialect === 'sqlite' ? SQLITE_SCHEMA : PG_SCHEMA) {
    await db.query(null, sql);
  }
}

/** An oidc-provider `adapter` option (a factory called once per model name) over `db`. */
export function sqlAdapter(db) {
  const sql = SQL[db.dialect];
  const sqlite = db.dialect === 'sqlite';
  const expiresAt = (expiresIn) => {
    if (typeof expiresIn !== 'number') return null;
    return sqlite ? Math.floor(Date.now() / 1000) + expiresIn : new Date(Date.now() + expiresIn * 1000);
  };
  const toPayload = ([row]) => {
    if (!row) return undefined;
    const payload = sqlite ? JSON.parse(row.payload) : row.payload;
    if (row.consumed_at != null) {
      payload.consumed = sqlite ? row.consumed_at : Math.floor(row.consumed_at.getTime() / 1000);
    }
    return payload;
  };

  return class SqlAdapter {
    constructor(kind) {
      this.kind = kind;
    }

    async upsert(id, payload, expiresIn) {
      await db.query('oidc_upsert', sql.upsert, [
        this.kind, id, JSON.stringify(payload), payload.grantId ?? null, payload.userCode ?? null,
        payload.uid ?? null, expiresAt(expiresIn),
      ]);
    }

    async find(id) {
      return toPayload(await db.query('oidc_find', sql.find, [this.kind, id]));
    }

    async findByUid(uid) {
      return toPayload(await db.query('oidc_find_by_uid', sql.findByUid, [this.kind, uid]));
    }

    async findByUserCode(userCode) {
      return toPayload(await db.query('oidc_find_by_user_code', sql.findByUserCode, [this.kind, userCode]));
    }

    async consume(id) {
      await db.query('oidc_consume', sql.consume, [this.kind, id]);
    }

    async destroy(id) {
      await db.query('oidc_destroy', sql.destroy, [this.kind, id]);
    }

    async revokeByGrantId(grantId) {
      await db.query('oidc_revoke_by_grant_id', sql.revokeByGrantId, [this.kind, grantId]);
    }
  };
}
