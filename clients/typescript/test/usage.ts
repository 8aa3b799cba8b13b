// Type-level use of the built package (dist/index.d.ts), as docs/custom-ui.md shows it: the
// switch narrows each step by its `type`, and an error is an ErrorBody. `npm test` type-checks it.
import { createAdminClient, createExperienceClient, type ErrorCode, type NextStep } from '../dist/index.js';

export async function step(baseUrl: string): Promise<string> {
  const api = createExperienceClient(baseUrl);
  const { data, error } = await api.GET('/api/experience/interaction');
  if (error) {
    const code: ErrorCode = error.code;
    return code;
  }
  const next: NextStep | undefined = data.nextSteps[0];
  switch (next?.type) {
    case 'verifyPassword':
      return next.identifierTypes.join(',');
    case 'verifyCode':
      return next.email;
    case 'profile':
      return next.missing.join(',');
    case 'submit': {
      const done = await api.POST('/api/experience/submit');
      return done.data ? done.data.redirectTo : (done.error?.code ?? 'no answer');
    }
    default:
      return next?.type ?? 'none';
  }
}

/** A back office creates an application and reads its secret, shown once. */
export async function createApplication(baseUrl: string, token: string): Promise<string | undefined> {
  const admin = createAdminClient(baseUrl, token);
  const { data, error } = await admin.POST('/api/admin/applications', {
    body: { name: 'Shop', redirectUris: ['https://shop.example/callback'] },
  });
  if (error) {
    const code: ErrorCode = error.code;
    return code;
  }
  return data.clientSecret;
}
