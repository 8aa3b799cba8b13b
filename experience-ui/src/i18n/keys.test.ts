import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PASSWORD_RULES } from '../flows/register/state';
import en from './locales/en.json';
import fr from './locales/fr.json';

// The committed spec is the source of truth for the codes the server can answer.
const specPath = resolve(__dirname, '../../', process.env.OPENAPI_SPEC ?? '../openapi/openapi.json');

interface Schema {
  enum?: unknown[];
}

function errorCodesFromSpec(): string[] {
  const spec = JSON.parse(readFileSync(specPath, 'utf8')) as { components?: { schemas?: Record<string, Schema> } };
  const schemas = Object.entries(spec.components?.schemas ?? {}).filter(([name]) => /ErrorCode/i.test(name));
  return schemas.flatMap(([, schema]) => (schema.enum ?? []).map(String));
}

describe('locales', () => {
  it('en and fr have the same keys', () => {
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
  });

  it('no translation is empty', () => {
    for (const messages of [en, fr]) {
      for (const [key, value] of Object.entries(messages)) expect(value.trim(), key).not.toBe('');
    }
  });

  it('every error code of the OpenAPI spec is translated in both languages', () => {
    expect(existsSync(specPath), `${specPath} is missing`).toBe(true);
    const codes = errorCodesFromSpec();
    expect(codes.length, 'no *ErrorCode* enum in the spec').toBeGreaterThan(0);
    const missing = codes.flatMap((code) =>
      [en, fr].flatMap((messages, i) => (`error.${code}` in messages ? [] : [`${['en', 'fr'][i]}: error.${code}`])),
    );
    expect(missing).toEqual([]);
  });

  it('every password rule of user.weak_password is translated in both languages', () => {
    const missing = PASSWORD_RULES.flatMap((rule) =>
      [en, fr].flatMap((messages, i) => (`error.${rule}` in messages ? [] : [`${['en', 'fr'][i]}: error.${rule}`])),
    );
    expect(missing).toEqual([]);
  });
});
