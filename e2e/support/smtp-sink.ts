import { spawn } from 'node:child_process';
import { existsSync, openSync } from 'node:fs';
import { connect } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort, tail } from './gatehouse.ts';
import { Mailbox } from './mail.ts';

const here = dirname(fileURLToPath(import.meta.url));
/** aiosmtpd in its own virtualenv, installed by `make e2e` (e2e/requirements.txt). */
export const SINK_PYTHON = resolve(here, '../.venv/bin/python');

/** A local SMTP server that keeps every message it is given in a Maildir. */
export interface SmtpSink {
  host: string;
  port: number;
  /** What it received, read like the file transport's folder. */
  mailbox: Mailbox;
  stop(): Promise<void>;
}

/** aiosmtpd's Mailbox handler, plain SMTP on the loopback, storing into `dir/maildir`. */
export async function startSmtpSink(dir: string): Promise<SmtpSink> {
  if (!existsSync(SINK_PYTHON)) {
    throw new Error(`No ${SINK_PYTHON}: run \`make e2e\`, which installs aiosmtpd into e2e/.venv.`);
  }
  const host = '127.0.0.1';
  const port = await freePort();
  const maildir = join(dir, 'maildir');
  const logFile = join(dir, 'smtp-sink.log');
  const log = openSync(logFile, 'a');
  const sink = spawn(
    SINK_PYTHON,
    ['-m', 'aiosmtpd', '--nosetuid', '--listen', `${host}:${port}`, '--class', 'aiosmtpd.handlers.Mailbox', maildir],
    { stdio: ['ignore', log, log] },
  );
  const stop = async () => {
    if (sink.exitCode !== null || sink.signalCode !== null) return;
    const exited = new Promise((r) => sink.once('exit', r));
    sink.kill('SIGTERM');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 5_000).unref())]);
    if (sink.exitCode === null && sink.signalCode === null) sink.kill('SIGKILL');
  };

  // Ready once it greets with 220.
  const deadline = Date.now() + 15_000;
  for (;;) {
    if (sink.exitCode !== null) throw new Error(`the SMTP sink exited with ${sink.exitCode}:\n${tail(logFile)}`);
    if (await greets(host, port)) break;
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`the SMTP sink did not answer on ${host}:${port} within 15 s:\n${tail(logFile)}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { host, port, mailbox: new Mailbox(maildir), stop };
}

function greets(host: string, port: number): Promise<boolean> {
  return new Promise((done) => {
    const socket = connect({ host, port });
    const finish = (ok: boolean) => {
      socket.destroy();
      done(ok);
    };
    socket.setTimeout(1_000, () => finish(false));
    socket.once('error', () => finish(false));
    socket.once('data', (data) => {
      // Say goodbye properly, so the sink logs no broken session.
      if (data.toString().startsWith('220')) socket.end('QUIT\r\n', () => finish(true));
      else finish(false);
    });
  });
}
