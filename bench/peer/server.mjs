// Benchmark peer: node-oidc-provider (the engine inside Logto) behind the same contract as the
// Gatehouse bench server, so the Rust load generator can drive both. See README.md for the env.
//
// Process layout: a node:cluster primary that never answers HTTP. It generates the signing key and
// cookie keys once, creates the SQL schema once, forks PEER_WORKERS workers sharing the port and
// sums their SQL statement counts for /metrics.
//
// SQLite binding: better-sqlite3, compiled from source at `npm ci` (no prebuilt download: its
// prebuild-install step fails offline and falls back to node-gyp against the local Node headers).

import cluster from 'node:cluster';
import { generateKeyPairSync, randomBytes, randomUUID } from 'node:crypto';
import http from 'node:http';
import os from 'node:os';

import { verify } from '@node-rs/argon2';

import { createSchema, openDatabase, parseDatabase, sqlAdapter } from './adapter-sql.mjs';
import { accountFor, createProvider } from './provider.mjs';

function required(name) {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is required`);
  return value;
}

const env = {
  port: Number(required('PEER_PORT')),
  issuer: required('PEER_ISSUER'),
  database: process.env.PEER_DATABASE || 'memory',
  passwordHash: required('PEER_PASSWORD_HASH'),
  users: Number(process.env.PEER_USERS || 10000),
  client: {
    clientId: required('PEER_CLIENT_ID'),
    clientSecret: required('PEER_CLIENT_SECRET'),
    redirectUri: required('PEER_REDIRECT_URI'),
  },
};
const memory = env.database === 'memory';
const target = memory ? null : parseDatabase(env.database);

if (cluster.isPrimary) {
  await primary();
} else {
  await worker();
}

async function primary() {
  // Memory storage lives in one process, so more workers would not see each other's tokens.
  const workers = memory ? 1 : Number(process.env.PEER_WORKERS || os.availableParallelism());
  if (!Number.isInteger(workers) || workers < 1) throw new Error('PEER_WORKERS must be a positive integer');
  // Fail at start, not at the first login, if the hash is not a PHC string argon2 can read.
  await verify(env.passwordHash, '').catch((err) => {
    throw new Error(`PEER_PASSWORD_HASH is not an argon2 PHC string (${err.message})`);
  });

  let schemaStatements = 0;
  if (!memory) {
    const db = await openDatabase(target, { poolSize: 1 });
    await createSchema(db);
    schemaStatements = db.statements;
    await db.close();
  }

  const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const secrets = JSON.stringify({
    signingKey: { ...privateKey.export({ format: 'jwk' }), kid: randomUUID(), alg: 'ES256', use: 'sig' },
    cookieKeys: [randomBytes(32).toString('base64url')],
  });

  let stopping = false;
  const lastCount = new Map(); // worker id -> last statement total it reported
  const pending = new Map(); // metrics request id -> { missing, done }

  for (let i = 0; i < workers; i += 1) cluster.fork({ PEER_SECRETS: secrets });

  cluster.on('message', (from, msg) => {
    if (msg?.t === 'count') {
      lastCount.set(from.id, msg.total);
      const request = pending.get(msg.id);
      if (request && --request.missing === 0) request.done();
    } else if (msg?.t === 'metrics?') {
      // Ask every worker for its current total so the answer includes statements sent by all of
      // them up to now; a worker that does not answer within 1 s counts with its last report.
      const id = randomUUID();
      const live = Object.values(cluster.workers).filter((w) => w.isConnected());
      const answer = () => {
        pending.delete(id);
        clearTimeout(timer);
        let total = schemaStatements;
        for (const n of lastCount.values()) total += n;
        if (from.isConnected()) from.send({ t: 'metrics', id: msg.id, total });
      };
      const timer = setTimeout(answer, 1000);
      pending.set(id, { missing: live.length, done: answer });
      for (const w of live) w.send({ t: 'count?', id });
    }
  });

  // /healthz says ok only once every worker listens, so a bench never starts on half the workers.
  let listening = 0;
  cluster.on('listening', () => {
    listening += 1;
    if (listening === workers) for (const w of Object.values(cluster.workers)) w.send({ t: 'ready' });
  });

  cluster.on('exit', (w, code, signal) => {
    if (stopping) return;
    // A worker dying mid-bench is a bug to see, not to hide behind a respawn.
    console.error(`peer: worker ${w.process.pid} died (${signal || code}), stopping`);
    stop(1);
  });

  function stop(code) {
    if (stopping) return;
    stopping = true;
    const live = Object.values(cluster.workers);
    for (const w of live) w.process.kill('SIGTERM');
    const force = setTimeout(() => {
      for (const w of Object.values(cluster.workers)) w.process.kill('SIGKILL');
      process.exit(code);
    }, 5000);
    force.unref();
    let left = live.length;
    if (left === 0) process.exit(code);
    cluster.on('exit', () => { if (--left === 0) process.exit(code); });
  }
  process.on('SIGTERM', () => stop(0));
  process.on('SIGINT', () => stop(0));
}

async function worker() {
  const { signingKey, cookieKeys } = JSON.parse(process.env.PEER_SECRETS);
  const db = memory ? null : await openDatabase(target);
  const provider = createProvider({
    issuer: env.issuer,
    signingKey,
    cookieKeys,
    client: env.client,
    users: env.users,
    adapter: db ? sqlAdapter(db) : await largeMemoryAdapter(),
  });
  // Only bugs reach here; normal OAuth errors are answered to the client and stay quiet.
  provider.on('server_error', (_ctx, err) => console.error('peer: server_error', err));

  let ready = false;
  const metricsWaiting = new Map();
  process.on('message', (msg) => {
    if (msg?.t === 'ready') ready = true;
    else if (msg?.t === 'count?') process.send({ t: 'count', id: msg.id, total: db?.statements ?? 0 });
    else if (msg?.t === 'metrics') metricsWaiting.get(msg.id)?.(msg.total);
  });
  const statementsTotal = () => new Promise((resolve) => {
    const id = randomUUID();
    metricsWaiting.set(id, (total) => { metricsWaiting.delete(id); resolve(total); });
    process.send({ t: 'metrics?', id });
  });

  const oidc = provider.callback();
  const server = http.createServer((req, res) => {
    const path = req.url.split('?', 1)[0];
    const interaction = /^\/interaction\/([^/]+)(\/login)?$/.exec(path);
    if (path === '/healthz') return ready ? send(res, 200, 'text/plain', 'ok') : send(res, 503, 'text/plain', 'starting');
    if (path === '/metrics') {
      if (memory) return send(res, 200, 'text/plain', 'peer_db_statements_total 0\n');
      return statementsTotal().then((n) => send(res, 200, 'text/plain', `peer_db_statements_total ${n}\n`));
    }
    if (interaction) {
      return handleInteraction(req, res, interaction[1], Boolean(interaction[2])).catch((err) => {
        const status = err.statusCode || err.status || 500;
        if (status >= 500) console.error('peer: interaction error', err);
        sendJson(res, status, { error: err.error || 'server_error', error_description: err.error_description });
      });
    }
    return oidc(req, res);
  });

  async function handleInteraction(req, res, uid, login) {
    const details = await provider.interactionDetails(req, res);
    if (details.uid !== uid) return sendJson(res, 400, { error: 'invalid_request', error_description: 'interaction mismatch' });
    if (!login) {
      if (req.method !== 'GET') return sendJson(res, 405, { error: 'method_not_allowed' });
      return sendJson(res, 200, { uid, prompt: details.prompt });
    }
    if (req.method !== 'POST') return sendJson(res, 405, { error: 'method_not_allowed' });

    const form = new URLSearchParams(await readBody(req));
    const username = form.get('username') ?? '';
    const password = form.get('password') ?? '';
    const account = accountFor(username, env.users);
    // Every account shares the hash; an unknown name still pays one verify, so timing is alike.
    const ok = await verify(env.passwordHash, password).catch(() => false);
    if (!account || !ok) return sendJson(res, 401, { error: 'invalid_credentials' });
    return provider.interactionFinished(req, res, { login: { accountId: account.accountId } }, { mergeWithLastSubmission: false });
  }

  // The Rust client pools connections for 90 s; Node's default 5 s idle close races its reuse.
  server.keepAliveTimeout = 75_000;
  server.headersTimeout = 76_000;
  server.listen(env.port, '127.0.0.1');

  const shutdown = () => {
    server.close();
    server.closeAllConnections();
    Promise.resolve(db?.close()).finally(() => process.exit(0));
  };
  process.on('SIGTERM', shutdown);
  // Ctrl-C reaches the whole process group: let the primary stop us with SIGTERM, so that it does
  // not mistake our exit for a crash.
  process.on('SIGINT', () => {});
  // The primary is gone (killed hard): do not linger holding the port.
  process.on('disconnect', () => process.exit(0));
}

// oidc-provider's own memory adapter keeps at most ~1000-2000 entries (an LRU meant for
// development), which a bench that holds thousands of tokens would silently evict. Same adapter,
// bigger store; lib/ is importable because the package has no "exports" map.
async function largeMemoryAdapter() {
  const { default: MemoryAdapter } = await import('oidc-provider/lib/adapters/memory_adapter.js');
  const { default: LRU } = await import('oidc-provider/lib/helpers/lru.js');
  const store = new LRU({ maxSize: 1_000_000 });
  return (model) => new MemoryAdapter(model, store);
}

function readBody(req, limit = 16 * 1024) {
  return new Promise((resolve, reject) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk) => {
      body += chunk;
      if (body.length > limit) reject(Object.assign(new Error('body too large'), { statusCode: 413, error: 'invalid_request' }));
    });
    req.on('end', () => resolve(body));
    req.on('error', reject);
  });
}

function send(res, status, type, body) {
  res.writeHead(status, { 'content-type': type, 'content-length': Buffer.byteLength(body) });
  res.end(body);
}

function sendJson(res, status, value) {
  send(res, status, 'application/json', JSON.stringify(value));
}
