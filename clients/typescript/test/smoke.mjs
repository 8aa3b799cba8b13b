// The built package as a consumer gets it: dist/index.js, calling a fake fetch. Checks that every
// call carries the cookies (credentials: 'include'), goes to baseUrl, and that an error answer
// comes back as `error` with its code. Run by `npm test` after `npm run build`.
import assert from 'node:assert/strict';
import { createAdminClient, createExperienceClient, currentStep, isErrorBody } from '../dist/index.js';

const seen = [];
const fetch = async (request) => {
  seen.push(request);
  if (new URL(request.url).pathname === '/api/experience/interaction') {
    const interaction = {
      application: { id: 'app', name: 'App' },
      verifications: [],
      identified: false,
      rememberMe: false,
      profile: {},
      nextSteps: [{ type: 'verifyPassword', identifierTypes: ['username'] }],
    };
    return Response.json(interaction);
  }
  return Response.json(
    { code: 'session.invalid_credentials', message: 'wrong identifier or password' },
    { status: 422 },
  );
};

const api = createExperienceClient('https://auth.example.com/', { fetch });
const { data } = await api.GET('/api/experience/interaction');
assert.equal(currentStep(data)?.type, 'verifyPassword');

const refused = await api.POST('/api/experience/verification/password', {
  body: { identifier: { type: 'username', value: 'ada' }, password: 'not-it' },
});
assert.equal(refused.response.status, 422);
assert.ok(isErrorBody(refused.error));
assert.equal(refused.error.code, 'session.invalid_credentials');

assert.deepEqual(
  seen.map((r) => [r.method, r.url, r.credentials]),
  [
    ['GET', 'https://auth.example.com/api/experience/interaction', 'include'],
    ['POST', 'https://auth.example.com/api/experience/verification/password', 'include'],
  ],
);

// The admin client sends its bearer token and no cookie.
const adminSeen = [];
const adminFetch = async (request) => {
  adminSeen.push(request);
  return Response.json({ items: [] });
};
const admin = createAdminClient('https://auth.example.com', 'admin-token', { fetch: adminFetch });
const listed = await admin.GET('/api/admin/applications', { params: { query: { limit: 10 } } });
assert.deepEqual(listed.data, { items: [] });
assert.equal(adminSeen[0].url, 'https://auth.example.com/api/admin/applications?limit=10');
assert.equal(adminSeen[0].headers.get('authorization'), 'Bearer admin-token');
assert.equal(adminSeen[0].credentials, 'omit');
console.log('dist/index.js: calls go to baseUrl with credentials: include; errors are ErrorBody; the admin client sends its bearer token');
