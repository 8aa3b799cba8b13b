import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ExperienceApi } from '../../api/experience';
import { i18n } from '../../i18n';
import { challengeFor } from '../../test/captcha';
import {
  callLog,
  emailProfileStep,
  fail,
  fakeApi,
  ok,
  passwordProfileStep,
  profileStep,
  redeemInvitationStep,
  signInExperience,
  submitStep,
  verifyCodeStep,
  view,
} from '../../test/fakeApi';
import { RegisterPage } from './RegisterPage';

function renderPage(api: ExperienceApi) {
  const deps = { api, navigate: vi.fn(), onInteraction: vi.fn() };
  render(<RegisterPage deps={deps} />);
  return deps;
}

const registering = { interactionEvent: 'Register' } as const;
/** Under username sign-in. */
const asking = ok(view([profileStep, submitStep], registering));
/** Under email sign-in. */
const askingEmail = ok(view([emailProfileStep, submitStep], registering));
const codeSent = ok(view([verifyCodeStep('ann@example.com', 'code-1'), submitStep], registering));
const proved = ok(
  view([passwordProfileStep, submitStep], { ...registering, profile: { email: 'ann@example.com', invited: false, passwordSet: false } }),
);
const annInvited = { email: 'ann@example.com', name: 'Ann', invited: true, passwordSet: false };
/** Under username sign-in the invited contact still chooses a username. */
const invited = ok(view([profileStep, submitStep], { ...registering, profile: annInvited }));
/** Under email sign-in the invitation's address is the identifier: only the password is left. */
const invitedByEmail = ok(view([passwordProfileStep, submitStep], { ...registering, profile: annInvited }));
const complete = ok(view([submitStep], { ...registering, profile: { email: 'ann@example.com', invited: false, passwordSet: true } }));
const strong = 'Bright-Sparrow-83!';

beforeEach(() => i18n.changeLanguage('en'));
afterEach(() => window.history.replaceState(null, '', '/'));

async function choosePassword(user: ReturnType<typeof userEvent.setup>, password: string) {
  await user.type(screen.getByLabelText('Password'), password);
  await user.type(screen.getByLabelText('Confirm password'), password);
  await user.click(screen.getByRole('button', { name: 'Create account' }));
}

describe('RegisterPage by email', () => {
  it('registers under email sign-in: the address at once, the code, then the password', async () => {
    const api = fakeApi([askingEmail, codeSent, proved, complete], {
      sendCode: vi.fn(async () => ok({ verificationId: 'code-1', code: '246810' })),
    });
    const deps = renderPage(api);
    const user = userEvent.setup();

    expect(await screen.findByText('Enter your email address: we will send you a code to confirm it.')).toBeInTheDocument();
    expect(screen.queryByLabelText('Username')).not.toBeInTheDocument();
    expect(screen.queryByTestId('use-username')).not.toBeInTheDocument();
    await user.type(screen.getByTestId('email-input'), 'ann@example.com');
    await user.click(screen.getByTestId('send-code'));

    expect(await screen.findByTestId('demo-code')).toHaveTextContent('Demo mode: your code is 246810');
    await user.type(screen.getByTestId('code-input'), '246810');
    await user.click(screen.getByTestId('verify-code'));

    expect(await screen.findByTestId('verified-email')).toHaveValue('ann@example.com');
    expect(screen.getByTestId('verified-email')).toHaveAttribute('readonly');
    // The address is what the account signs in with: the password manager saves it as such.
    expect(screen.getByTestId('verified-email')).toHaveAttribute('autocomplete', 'username');
    expect(screen.getByText('Choose a password for your account.')).toBeInTheDocument();
    expect(screen.queryByLabelText('Username')).not.toBeInTheDocument();
    await choosePassword(user, strong);

    await waitFor(() => expect(deps.navigate).toHaveBeenCalledWith('/oidc/auth/resume'));
    expect(api.setProfile).toHaveBeenCalledExactlyOnceWith('password', strong);
    expect(api.identify).toHaveBeenCalledExactlyOnceWith('code-1');
  });

  it('offers no email under username sign-in: a username and a password', async () => {
    renderPage(fakeApi([asking]));
    expect(await screen.findByLabelText('Username')).toBeInTheDocument();
    expect(screen.getByText('Choose a username and a password.')).toBeInTheDocument();
    expect(screen.queryByTestId('use-email')).not.toBeInTheDocument();
    expect(screen.queryByTestId('email-input')).not.toBeInTheDocument();
    expect(screen.queryByTestId('verified-email')).not.toBeInTheDocument();
  });

  it('says the address has an account, with the ways to sign in or reset the password', async () => {
    window.history.replaceState(null, '', '/register?ui_locales=en');
    const api = fakeApi([codeSent], { identify: vi.fn(async () => fail('user.email_taken')) });
    const deps = renderPage(api);
    const user = userEvent.setup();
    await user.type(await screen.findByTestId('code-input'), '123456');
    await user.click(screen.getByTestId('verify-code'));

    const taken = await screen.findByTestId('email-taken');
    expect(taken).toHaveTextContent('An account already uses this email address.');
    expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Forgot password?' })).toHaveAttribute('href', '/forgot-password?ui_locales=en');
    await user.click(screen.getByRole('link', { name: 'Sign in' }));
    await waitFor(() => expect(deps.navigate).toHaveBeenCalledWith('/sign-in'));
    expect(api.startInteraction).toHaveBeenCalledWith('SignIn');
  });
});

describe('RegisterPage with an invitation', () => {
  it('lands from the link under username sign-in: the address read-only, the greeting, a username and a password', async () => {
    window.history.replaceState(null, '', '/register?invitation=s3cret');
    const api = fakeApi([asking, invited, complete]);
    const deps = renderPage(api);
    const user = userEvent.setup();
    expect(await screen.findByTestId('invited-email')).toHaveValue('ann@example.com');
    expect(screen.getByTestId('invited-email')).toHaveAttribute('readonly');
    // The username is what the account signs in with, not the address.
    expect(screen.getByTestId('invited-email')).toHaveAttribute('autocomplete', 'email');
    expect(screen.getByTestId('invited-greeting')).toHaveTextContent('Welcome, Ann');
    expect(window.location.href).not.toContain('s3cret');
    expect(api.redeemInvitation).toHaveBeenCalledWith('s3cret');

    await user.type(screen.getByLabelText('Username'), 'ann');
    await choosePassword(user, strong);
    await waitFor(() => expect(deps.navigate).toHaveBeenCalledWith('/oidc/auth/resume'));
    expect(api.setProfile).toHaveBeenNthCalledWith(1, 'username', 'ann');
    expect(api.setProfile).toHaveBeenNthCalledWith(2, 'password', strong);
    expect(callLog(api).slice(-4)).toEqual(['setProfile', 'setProfile', 'getInteraction', 'submit']);
  });

  it('asks only the password under email sign-in', async () => {
    window.history.replaceState(null, '', '/register?invitation=s3cret');
    renderPage(fakeApi([askingEmail, invitedByEmail]));
    expect(await screen.findByTestId('invited-email')).toHaveValue('ann@example.com');
    expect(screen.getByTestId('invited-greeting')).toHaveTextContent('Welcome, Ann');
    expect(screen.queryByLabelText('Username')).not.toBeInTheDocument();
    expect(screen.getByLabelText('Password')).toBeInTheDocument();
  });

  it('shows a refused invitation, translated', async () => {
    window.history.replaceState(null, '', '/register?invitation=old');
    renderPage(fakeApi([asking], { redeemInvitation: vi.fn(async () => fail('invitation.revoked')) }));
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('This invitation was withdrawn.'));
  });

  it('asks for the invitation code on an invitation-only server', async () => {
    const api = fakeApi([ok(view([redeemInvitationStep, submitStep], registering)), invited], {});
    renderPage(api);
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('Invitation code'), ' abc123 ');
    expect(screen.getByLabelText('Invitation code')).toHaveAttribute('data-testid', 'invitation-code-input');
    await user.click(screen.getByTestId('redeem-invitation'));
    expect(await screen.findByTestId('invited-email')).toHaveValue('ann@example.com');
    expect(screen.getByLabelText('Username')).toBeInTheDocument();
    expect(api.redeemInvitation).toHaveBeenCalledWith('abc123');
  });

  it('greets in French', async () => {
    await i18n.changeLanguage('fr');
    renderPage(fakeApi([invited]));
    expect(await screen.findByTestId('invited-greeting')).toHaveTextContent('Bienvenue, Ann');
    expect(screen.getByLabelText('Adresse e-mail')).toHaveValue('ann@example.com');
    expect(screen.getByLabelText("Nom d'utilisateur")).toBeInTheDocument();
  });
});

describe('RegisterPage with a captcha', () => {
  it('shows the widget while solving, then verified', async () => {
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const challenge = await challengeFor(12);
    const api = fakeApi([ok(view([{ type: 'startInteraction', events: ['SignIn', 'Register'] }])), asking], {
      getSignInExperience: vi.fn(async () => ok(signInExperience({}, { enabled: true, captcha: true }))),
      getCaptcha: vi.fn(async () => {
        await gate;
        return ok(challenge);
      }),
    });
    renderPage(api);
    expect(await screen.findByTestId('captcha')).toHaveTextContent('Checking that you are not a robot…');
    release();
    await waitFor(() => expect(screen.getByTestId('captcha')).toHaveTextContent('Verified'));
    expect(await screen.findByLabelText('Username')).toBeInTheDocument();
  });
});
