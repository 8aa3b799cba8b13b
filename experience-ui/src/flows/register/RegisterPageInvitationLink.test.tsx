import { render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ExperienceApi } from '../../api/experience';
import { i18n } from '../../i18n';
import { fail, fakeApi, ok, profileStep, submitStep, view } from '../../test/fakeApi';
import { keepPendingInvitation, pendingInvitation } from './invitation';
import { RegisterPage } from './RegisterPage';

// An invitation link opened with no sign-in under way (straight from the mail): the invitation's
// application starts one through its login initiation endpoint, and the code waits in the tab.

function renderPage(api: ExperienceApi) {
  const deps = { api, navigate: vi.fn(), onInteraction: vi.fn() };
  render(<RegisterPage deps={deps} />);
  return deps;
}

const noInteraction = fail('session.not_found');
const registering = { interactionEvent: 'Register' } as const;
const asking = ok(view([profileStep, submitStep], registering));
const invited = ok(
  view([profileStep, submitStep], {
    ...registering,
    profile: { email: 'ann@example.com', name: 'Ann', invited: true, passwordSet: false },
  }),
);
const START = 'https://app.example/start?iss=http%3A%2F%2F127.0.0.1%2Foidc';

beforeEach(() => i18n.changeLanguage('en'));
afterEach(() => {
  window.history.replaceState(null, '', '/');
  sessionStorage.clear();
});

describe('RegisterPage opened from an invitation link with no sign-in under way', () => {
  it("goes to the invitation's application, keeping the code in the tab and out of the address bar", async () => {
    window.history.replaceState(null, '', '/register?invitation=s3cret');
    const api = fakeApi([noInteraction], { invitationLoginInitiation: vi.fn(async () => ok(START)) });
    const deps = renderPage(api);
    await waitFor(() => expect(deps.navigate).toHaveBeenCalledWith(START));
    expect(api.invitationLoginInitiation).toHaveBeenCalledExactlyOnceWith('s3cret');
    expect(window.location.href).not.toContain('s3cret');
    expect(pendingInvitation()).toBe('s3cret');
    expect(api.redeemInvitation).not.toHaveBeenCalled();
  });

  it('redeems the kept code once the application has started the sign-in, then forgets it', async () => {
    keepPendingInvitation('s3cret');
    window.history.replaceState(null, '', '/register');
    const api = fakeApi([asking, invited]);
    renderPage(api);
    expect(await screen.findByTestId('invited-email')).toHaveValue('ann@example.com');
    expect(api.redeemInvitation).toHaveBeenCalledExactlyOnceWith('s3cret');
    expect(pendingInvitation()).toBeUndefined();
  });

  it('says to start at the application when the invitation names none', async () => {
    window.history.replaceState(null, '', '/register?invitation=s3cret');
    const api = fakeApi([noInteraction]);
    const deps = renderPage(api);
    expect(await screen.findByRole('heading', { name: 'Session expired' })).toBeInTheDocument();
    expect(api.invitationLoginInitiation).toHaveBeenCalledWith('s3cret');
    expect(deps.navigate).not.toHaveBeenCalled();
    expect(pendingInvitation()).toBeUndefined();
  });

  it('shows an invitation that can no longer be used, translated', async () => {
    window.history.replaceState(null, '', '/register?invitation=old');
    const api = fakeApi([noInteraction], { invitationLoginInitiation: vi.fn(async () => fail('invitation.used')) });
    const deps = renderPage(api);
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('This invitation was already used.'));
    expect(deps.navigate).not.toHaveBeenCalled();
  });

  it('does not go round again when a kept code finds no sign-in', async () => {
    keepPendingInvitation('s3cret');
    window.history.replaceState(null, '', '/register');
    const api = fakeApi([noInteraction], { invitationLoginInitiation: vi.fn(async () => ok(START)) });
    const deps = renderPage(api);
    expect(await screen.findByRole('heading', { name: 'Session expired' })).toBeInTheDocument();
    expect(api.invitationLoginInitiation).not.toHaveBeenCalled();
    expect(deps.navigate).not.toHaveBeenCalled();
  });
});

describe('pendingInvitation', () => {
  it('forgets a code kept longer than half an hour', () => {
    keepPendingInvitation('s3cret', 0);
    expect(pendingInvitation(29 * 60 * 1000)).toBe('s3cret');
    expect(pendingInvitation(31 * 60 * 1000)).toBeUndefined();
    expect(pendingInvitation(0)).toBeUndefined();
  });

  it('ignores what it did not write', () => {
    sessionStorage.setItem('gatehouse.invitation', 'not json');
    expect(pendingInvitation()).toBeUndefined();
  });
});
