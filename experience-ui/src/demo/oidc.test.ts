import { describe, expect, it } from 'vitest';
import { initiatedByIssuer } from './oidc';

describe('initiatedByIssuer', () => {
  it("starts a sign-in only for this origin's Gatehouse", () => {
    const origin = 'http://127.0.0.1:3000';
    expect(initiatedByIssuer('?iss=http%3A%2F%2F127.0.0.1%3A3000%2Foidc', origin)).toBe(true);
    expect(initiatedByIssuer('?iss=https%3A%2F%2Fevil.example%2Foidc', origin)).toBe(false);
    expect(initiatedByIssuer('?client_id=demo', origin)).toBe(false);
  });
});
