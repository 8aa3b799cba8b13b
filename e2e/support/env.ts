/** What the global setup started, handed to the test workers through one environment variable. */
export interface TestUser {
  id: string;
  username: string;
  email: string;
  name: string;
  password: string;
}

export interface TestClient {
  clientId: string;
  clientSecret: string;
  name: string;
  port: number;
  /** false: a third-party client, which needs the user's consent. */
  firstParty: boolean;
  /** The scope its relying party asks for. */
  scope: string;
}

export type UserKey =
  | 'alice'
  | 'bob'
  | 'claire'
  | 'dana'
  | 'eliott'
  | 'fatou'
  | 'gaspard'
  | 'hugo'
  | 'ines'
  | 'jade'
  | 'karim';
export type ClientKey = 'rp' | 'rp2' | 'thirdParty' | 'accountRp';

export interface E2eEnv {
  baseUrl: string;
  issuer: string;
  logFile: string;
  /** The server binary and its configuration, for tests that set state up with the CLI. */
  bin: string;
  configFile: string;
  /** Where the server's file transport writes one `.eml` per message (read them with support/mail.ts). */
  mailDir: string;
  users: Record<UserKey, TestUser>;
  clients: Record<ClientKey, TestClient>;
  demoClient: { clientId: string; name: string };
}

export const ENV_VAR = 'GATEHOUSE_E2E';

export function readEnv(): E2eEnv {
  const raw = process.env[ENV_VAR];
  if (!raw) throw new Error(`${ENV_VAR} is not set: run the tests through \`npx playwright test\``);
  return JSON.parse(raw) as E2eEnv;
}
