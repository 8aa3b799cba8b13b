import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { openSync, readFileSync } from 'node:fs';
import { promisify } from 'node:util';

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
