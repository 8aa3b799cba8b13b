import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The messages a Gatehouse sent, read back from a folder: the file transport's `<id>.eml` files,
 * or a Maildir (`new/`, `cur/`) such as the SMTP sink's. Messages leave just after the API has
 * answered, so tests wait for them with {@link Mailbox.waitFor}.
 */
export interface Mail {
  file: string;
  /** Header names lowercased; encoded words (RFC 2047) decoded; a repeated header keeps its last value. */
  headers: Record<string, string>;
  /** The addresses of To, lowercased. */
  to: string[];
  subject: string;
  /** The decoded text body (the text/plain part), with \n line ends. */
  body: string;
  /** The text/html part beside it, decoded, if the message has one. */
  html?: string;
}

export class Mailbox {
  constructor(readonly dir: string) {}

  /** Every message file, oldest first, with its size now. */
  private files(): { file: string; size: number; mtime: number }[] {
    const found: { file: string; size: number; mtime: number }[] = [];
    const scan = (dir: string, accept: (name: string) => boolean) => {
      if (!existsSync(dir)) return;
      for (const name of readdirSync(dir)) {
        if (!accept(name)) continue;
        const file = join(dir, name);
        const stat = statSync(file, { throwIfNoEntry: false });
        if (stat?.isFile()) found.push({ file, size: stat.size, mtime: stat.mtimeMs });
      }
    };
    scan(this.dir, (name) => name.endsWith('.eml'));
    // A Maildir: `tmp/` holds messages still being written, so only `new/` and `cur/` count.
    for (const sub of ['new', 'cur']) scan(join(this.dir, sub), (name) => !name.startsWith('.'));
    return found.sort((a, b) => a.mtime - b.mtime || a.file.localeCompare(b.file));
  }

  /** The messages to `address` (any letter case), oldest first. */
  to(address: string): Mail[] {
    const wanted = address.toLowerCase();
    return this.files()
      .map(({ file }) => readMail(file))
      .filter((mail) => mail.to.includes(wanted));
  }

  /**
   * Waits for the `count`-th message to `address` (with `subject`, when given) and returns it.
   * The file transport writes a file in place, so a file counts only once its size held still
   * between two looks.
   */
  async waitFor(
    address: string,
    { count = 1, timeout = 15_000, subject }: { count?: number; timeout?: number; subject?: string } = {},
  ): Promise<Mail> {
    const wanted = address.toLowerCase();
    const matches = (mail: Mail) => mail.to.includes(wanted) && (subject === undefined || mail.subject === subject);
    const deadline = Date.now() + timeout;
    const lastSize = new Map<string, number>();
    const complete = new Map<string, Mail>();
    for (;;) {
      for (const { file, size } of this.files()) {
        if (complete.has(file)) continue;
        if (size > 0 && lastSize.get(file) === size) {
          complete.set(file, readMail(file));
        }
        lastSize.set(file, size);
      }
      // Insertion order follows files(): oldest first.
      const mine = [...complete.values()].filter(matches);
      if (mine.length >= count) return mine[count - 1];
      if (Date.now() > deadline) {
        const seen = [...complete.values()].map((m) => `${m.to.join(',')}: ${m.subject}`);
        const what = subject === undefined ? '' : ` with subject ${JSON.stringify(subject)}`;
        throw new Error(
          `no message #${count} to ${address}${what} in ${this.dir} within ${timeout} ms; found ${mine.length}. ` +
            `All messages: ${seen.length ? seen.join(' | ') : '(none)'}`,
        );
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

/** The one-time code of a message: six digits alone on their line. */
export function codeIn(mail: Mail): string {
  const match = /^\s*(\d{6})\s*$/m.exec(mail.body);
  if (!match) throw new Error(`no 6-digit code line in ${mail.file}:\n${mail.body}`);
  return match[1];
}

/** The first link of a message that starts with `prefix`. */
export function linkIn(mail: Mail, prefix: string): string {
  const link = mail.body.match(/https?:\/\/\S+/g)?.find((url) => url.startsWith(prefix));
  if (!link) throw new Error(`no link starting with ${prefix} in ${mail.file}:\n${mail.body}`);
  return link;
}

export function readMail(file: string): Mail {
  return parseMail(readFileSync(file), file);
}

/**
 * A message: single-part, or multipart/alternative (Gatehouse sends text/plain with text/html
 * beside it), each part in 7bit, 8bit, quoted-printable or base64.
 */
export function parseMail(raw: Buffer, file = '(message)'): Mail {
  const { headers, body } = parsePart(raw);
  const contentType = headers['content-type'] ?? 'text/plain; charset=us-ascii';
  const mail: Mail = { file, headers, to: addresses(headers.to ?? ''), subject: headers.subject ?? '', body: '' };
  const boundary = /^\s*multipart\/[^;]+;.*boundary="?([^";]+)"?/is.exec(contentType)?.[1];
  if (!boundary) {
    mail.body = decodeBody(headers, body);
    return mail;
  }
  for (const chunk of body.toString('latin1').split(`--${boundary}`).slice(1)) {
    if (chunk.startsWith('--')) break;
    const part = parsePart(Buffer.from(chunk.replace(/^\r?\n/, ''), 'latin1'));
    const type = part.headers['content-type'] ?? 'text/plain';
    if (/^text\/plain/i.test(type)) mail.body = decodeBody(part.headers, part.body);
    else if (/^text\/html/i.test(type)) mail.html = decodeBody(part.headers, part.body);
  }
  return mail;
}

function parsePart(raw: Buffer): { headers: Record<string, string>; body: Buffer } {
  const { head, body } = splitHeadAndBody(raw);
  const headers: Record<string, string> = {};
  // Unfold: a line that starts with white space continues the one before.
  for (const line of head.replace(/\r\n/g, '\n').replace(/\n[ \t]+/g, ' ').split('\n')) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    headers[line.slice(0, colon).trim().toLowerCase()] = decodeWords(line.slice(colon + 1).trim());
  }
  return { headers, body };
}

function decodeBody(headers: Record<string, string>, body: Buffer): string {
  const contentType = headers['content-type'] ?? 'text/plain; charset=us-ascii';
  const charset = /charset="?([^";\s]+)"?/i.exec(contentType)?.[1] ?? 'utf-8';
  const encoding = (headers['content-transfer-encoding'] ?? '7bit').toLowerCase();
  const bytes =
    encoding === 'base64'
      ? Buffer.from(body.toString('latin1').replace(/\s+/g, ''), 'base64')
      : encoding === 'quoted-printable'
        ? decodeQuotedPrintable(body.toString('latin1'))
        : body;
  return decodeCharset(bytes, charset).replace(/\r\n/g, '\n');
}

function splitHeadAndBody(raw: Buffer): { head: string; body: Buffer } {
  const crlf = raw.indexOf('\r\n\r\n');
  const lf = raw.indexOf('\n\n');
  if (crlf < 0 && lf < 0) return { head: raw.toString('latin1'), body: Buffer.alloc(0) };
  const [at, gap] = crlf >= 0 && (lf < 0 || crlf < lf) ? [crlf, 4] : [lf, 2];
  return { head: raw.subarray(0, at).toString('latin1'), body: raw.subarray(at + gap) };
}

/** `"Ann" <ann@example.com>, bob@example.com` → both addresses, lowercased. */
function addresses(value: string): string[] {
  return value
    .split(',')
    .map((part) => (/<([^>]+)>/.exec(part)?.[1] ?? part).trim().toLowerCase())
    .filter(Boolean);
}

export function decodeQuotedPrintable(text: string): Buffer {
  // Soft line breaks join lines; then every =XX is a byte.
  const joined = text.replace(/=\r?\n/g, '');
  const out: number[] = [];
  for (let i = 0; i < joined.length; i++) {
    const hex = joined.slice(i + 1, i + 3);
    if (joined[i] === '=' && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      out.push(parseInt(hex, 16));
      i += 2;
    } else {
      out.push(joined.charCodeAt(i) & 0xff);
    }
  }
  return Buffer.from(out);
}

/**
 * RFC 2047 encoded words (`=?utf-8?b?…?=`, `=?utf-8?q?…?=`). A run of them is decoded as one, since
 * a character may be split between two; the white space between them goes.
 */
export function decodeWords(value: string): string {
  const word = '=\\?([^?]+)\\?([bBqQ])\\?([^?]*)\\?=';
  const run = new RegExp(`${word}(?:\\s*${word})*`, 'g');
  return value.replace(run, (text) => {
    let charset = 'utf-8';
    const parts: Buffer[] = [];
    for (const [, set, kind, encoded] of text.matchAll(new RegExp(word, 'g'))) {
      charset = set;
      parts.push(
        kind.toLowerCase() === 'b' ? Buffer.from(encoded, 'base64') : decodeQuotedPrintable(encoded.replace(/_/g, ' ')),
      );
    }
    return decodeCharset(Buffer.concat(parts), charset);
  });
}

function decodeCharset(bytes: Buffer, charset: string): string {
  try {
    return new TextDecoder(charset.toLowerCase() === 'us-ascii' ? 'utf-8' : charset).decode(bytes);
  } catch {
    return bytes.toString('utf8');
  }
}
