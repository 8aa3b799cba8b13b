import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { openSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gatehouseToml, type GatehouseToml } from './config.ts';

const run = promisify(execFile);

export async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  server.close();
  if (!address || typeof address === 'string') throw new Error('no port');
  return address.port;
}

/** A Gatehouse binary bound to one config file. */
export class Gatehouse {
  constructor(
    readonly bin: string,
    readonly configFile: string,
  ) {}

  async cli(...args: string[]): Promise<string> {
    try {
      const { stdout } = await run(this.bin, ['--config', this.configFile, ...args]);
      return stdout.trim();
    } catch (error) {
      const e = error as { stderr?: string; message: string };
      throw new Error(`gatehouse ${args.slice(0, 2).join(' ')} failed: ${e.stderr || e.message}`);
    }
  }

  async createUser(user: { username: string; email: string; name: string; password: string }) {
    const out = await this.cli(
      'user', 'create',
      '--username', user.username,
      '--email', user.email,
      '--name', user.name,
      '--password', user.password,
    );
    // The id is the last line, whatever a future version prints before it.
    return out.split('\n').pop()!.trim();
  }

  /** `invitation create`: its `key=value` lines (id, code, link, expires). */
  /** `client`: the application the invitee joins, whose sign-in a link opened cold goes through. */
  async invite(email: string, opts: { name?: string; expires?: string; client?: string } = {}) {
    const out = await this.cli(
      'invitation', 'create',
      '--email', email,
      ...(opts.name ? ['--name', opts.name] : []),
      ...(opts.expires ? ['--expires', opts.expires] : []),
      ...(opts.client ? ['--client', opts.client] : []),
    );
    const fields = Object.fromEntries(
      out.split('\n').map((line) => line.trim().split(/=(.*)/s, 2) as [string, string]),
    );
    for (const key of ['id', 'code', 'link']) {
      if (!fields[key]) throw new Error(`invitation create printed no ${key}=:\n${out}`);
    }
    return fields as { id: string; code: string; link: string; expires?: string };
  }

  serve(logFile: string): ChildProcess {
    const log = openSync(logFile, 'a');
    return spawn(this.bin, ['--config', this.configFile, 'serve'], {
      stdio: ['ignore', log, log],
      env: { ...process.env, NO_COLOR: '1', RUST_LOG: process.env.RUST_LOG ?? 'info' },
    });
  }
}

export async function waitForDiscovery(issuer: string, server: ChildProcess, logFile: string) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) {
      throw new Error(`gatehouse serve exited with ${server.exitCode}:\n${tail(logFile)}`);
    }
    try {
      const response = await fetch(`${issuer}/.well-known/openid-configuration`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`Gatehouse did not answer discovery within 60 s:\n${tail(logFile)}`);
}

export function tail(file: string, lines = 40): string {
  try {
    return readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

/** A migrated Gatehouse answering discovery, with its own config, database and log in `dir`. */
export interface RunningGatehouse {
  gatehouse: Gatehouse;
  baseUrl: string;
  issuer: string;
  logFile: string;
  /** SIGTERM, then SIGKILL after 5 s. */
  stop(): Promise<void>;
}

/**
 * Writes `dir/gatehouse.toml`, migrates, lets `prepare` set state up with the CLI (users), then
 * serves and waits for discovery.
 */
export async function startGatehouse(
  bin: string,
  config: GatehouseToml,
  prepare: (gatehouse: Gatehouse) => Promise<void> = async () => {},
): Promise<RunningGatehouse> {
  const configFile = join(config.dir, 'gatehouse.toml');
  writeFileSync(configFile, gatehouseToml(config));
  const gatehouse = new Gatehouse(bin, configFile);
  await gatehouse.cli('migrate');
  await prepare(gatehouse);

  const baseUrl = `http://${config.host ?? '127.0.0.1'}:${config.port}`;
  const issuer = `${baseUrl}/oidc`;
  const logFile = join(config.dir, 'gatehouse.log');
  const server = gatehouse.serve(logFile);
  const stop = async () => {
    if (server.exitCode !== null || server.signalCode !== null) return;
    const exited = new Promise<boolean>((r) => server.once('exit', () => r(true)));
    server.kill('SIGTERM');
    const timedOut = new Promise<boolean>((r) => setTimeout(() => r(false), 5_000).unref());
    if (!(await Promise.race([exited, timedOut]))) server.kill('SIGKILL');
  };
  try {
    await waitForDiscovery(issuer, server, logFile);
  } catch (error) {
    server.kill('SIGKILL');
    throw error;
  }
  return { gatehouse, baseUrl, issuer, logFile, stop };
}
