import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ENV_VAR, type ClientKey, type E2eEnv, type TestClient } from './env.ts';
import { freePort, startGatehouse } from './gatehouse.ts';

const here = dirname(fileURLToPath(import.meta.url));

export default async function globalSetup() {
  const bin = process.env.GATEHOUSE_BIN
    ? resolve(process.env.GATEHOUSE_BIN)
    : resolve(here, '../../target/release/gatehouse');
  if (!existsSync(bin)) {
    throw new Error(`No Gatehouse binary at ${bin}: build it (make build) or set GATEHOUSE_BIN.`);
  }
  const dir = mkdtempSync(join(tmpdir(), 'gatehouse-e2e-'));
  const [port, rpPort, rp2Port, thirdPartyPort, accountRpPort] = [
    await freePort(),
    await freePort(),
    await freePort(),
    await freePort(),
    await freePort(),
  ];
  const baseUrl = `http://127.0.0.1:${port}`;

  const firstPartyScope = 'openid profile email';
  const clients: Record<ClientKey, TestClient> = {
    rp: {
      clientId: 'e2e-rp',
      clientSecret: 'e2e-secret-0123456789',
      name: 'E2E Relying Party',
      port: rpPort,
      firstParty: true,
      scope: firstPartyScope,
    },
    rp2: {
      clientId: 'e2e-rp-2',
      clientSecret: 'e2e-secret-2-0123456789',
      name: 'Second Relying Party',
      port: rp2Port,
      firstParty: true,
      scope: firstPartyScope,
    },
    // Asks for every scope, so the consent page has all of them to describe.
    thirdParty: {
      clientId: 'e2e-third-party',
      clientSecret: 'e2e-third-party-secret-0123456789',
      name: 'Third-Party App',
      port: thirdPartyPort,
      firstParty: false,
      scope: 'openid profile email offline_access',
    },
    // A first-party application outside the repository that calls the account API with its token.
    accountRp: {
      clientId: 'e2e-account-rp',
      clientSecret: 'e2e-account-secret-0123456789',
      name: 'Account API Relying Party',
      port: accountRpPort,
      firstParty: true,
      scope: 'openid profile email account',
    },
  };
  const demoClient = { clientId: 'demo', name: 'Gatehouse Demo' };

  // The file transport: one .eml per message, which the tests read their codes and links from.
  const mailDir = join(dir, 'mail');
  mkdirSync(mailDir);
  // One user per test that types a wrong password, so lockout counters never meet, and one per
  // consent test, since a consent given (or not yet given) is remembered per user and client, and
  // one per remember-me test, so each SSO session cookie is that test's own. The account center
  // tests create their own user on every attempt (support/users.ts), since they change passwords
  // and addresses, end sessions and delete accounts, which a retry must not find done.
  const people = {
    alice: { username: 'alice', email: 'alice@example.com', name: 'Alice Example', password: 'Quiet-River-41!' },
    bob: { username: 'bob', email: 'bob@example.com', name: 'Bob Example', password: 'Amber-Lantern-52!' },
    claire: { username: 'claire', email: 'claire@example.com', name: 'Claire Exemple', password: 'Velvet-Orchard-63!' },
    dana: { username: 'dana', email: 'dana@example.com', name: 'Dana Example', password: 'Copper-Meadow-74!' },
    eliott: { username: 'eliott', email: 'eliott@example.com', name: 'Eliott Example', password: 'Silent-Harbor-85!' },
    fatou: { username: 'fatou', email: 'fatou@example.com', name: 'Fatou Example', password: 'Golden-Canyon-96!' },
    gaspard: { username: 'gaspard', email: 'gaspard@example.com', name: 'Gaspard Exemple', password: 'Frosty-Willow-17!' },
    hugo: { username: 'hugo', email: 'hugo@example.com', name: 'Hugo Example', password: 'Lunar-Garden-28!' },
    ines: { username: 'ines', email: 'ines@example.com', name: 'Inès Exemple', password: 'Misty-Summit-39!' },
    jade: { username: 'jade', email: 'jade@example.com', name: 'Jade Example', password: 'Cedar-Falcon-46!' },
    karim: { username: 'karim', email: 'karim@example.com', name: 'Karim Example', password: 'Maple-Harbor-57!' },
  };
  const users = {} as E2eEnv['users'];
  const running = await startGatehouse(
    bin,
    {
      dir,
      port,
      email: { transport: 'file', dir: mailDir },
      clients: [
        ...Object.values(clients).map((c) => ({
          ...c,
          redirectUri: `http://127.0.0.1:${c.port}/callback`,
          initiateLoginUri: `http://127.0.0.1:${c.port}/initiate-login`,
        })),
        { ...demoClient, redirectUri: `${baseUrl}/demo/callback`, firstParty: true, initiateLoginUri: `${baseUrl}/demo` },
      ],
    },
    async (gatehouse) => {
      for (const [key, person] of Object.entries(people) as [keyof typeof people, (typeof people)['alice']][]) {
        users[key] = { ...person, id: await gatehouse.createUser(person) };
      }
    },
  );
  const { issuer, logFile } = running;
  const configFile = running.gatehouse.configFile;

  const env: E2eEnv = { baseUrl, issuer, logFile, bin, configFile, mailDir, users, clients, demoClient };
  process.env[ENV_VAR] = JSON.stringify(env);
  console.log(`Gatehouse on ${baseUrl} (config and log in ${dir})`);

  return async () => {
    await running.stop();
    // The server log outlives the temp dir, next to Playwright's own artifacts.
    const results = resolve(here, '../test-results');
    mkdirSync(results, { recursive: true });
    copyFileSync(logFile, join(results, 'gatehouse.log'));
    if (process.env.GATEHOUSE_E2E_KEEP) {
      console.log(`kept ${dir}`);
    } else {
      rmSync(dir, { recursive: true, force: true });
    }
  };
}
