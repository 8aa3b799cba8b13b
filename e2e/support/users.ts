import { randomBytes } from 'node:crypto';
import type { TestUser } from './env.ts';
import type { Gatehouse } from './gatehouse.ts';

/**
 * A user of the test's own, created with the CLI: a new username and address on every attempt, so
 * a retry never meets what an earlier attempt left behind (a password or an address changed,
 * sessions ended, the account deleted). `who` prefixes both, and names the user `Who Example`.
 */
export async function freshUser(gatehouse: Gatehouse, who: string, password = 'Amber-Thicket-13!'): Promise<TestUser> {
  const stamp = `${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
  const user = {
    username: `${who}-${stamp}`,
    email: `${who}-${stamp}@example.com`,
    name: `${who[0].toUpperCase()}${who.slice(1)} Example`,
    password,
  };
  return { ...user, id: await gatehouse.createUser(user) };
}
