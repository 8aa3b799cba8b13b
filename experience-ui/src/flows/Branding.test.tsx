import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ExperienceApi } from '../api/experience';
import { i18n } from '../i18n';
import { connectors, fakeApi, ok, passwordStep, profileStep, sendCodeStep, signInExperience, submitStep, verifyCodeStep, view } from '../test/fakeApi';
import { RegisterPage } from './register/RegisterPage';
import { SignInPage } from './sign-in/SignInPage';

const branding = {
  displayName: 'Shop',
  logoUrl: 'data:image/png;base64,iVBORw0KGgo=',
  primaryColor: '#112233',
  termsUrl: 'https://shop.example/terms',
  privacyUrl: 'https://shop.example/privacy',
};

function deps(api: ExperienceApi) {
  return { api, navigate: vi.fn(), onInteraction: vi.fn() };
}

async function expectBranded(heading: string) {
  expect(await screen.findByRole('heading', { name: heading })).toBeInTheDocument();
  expect(screen.getByRole('img', { name: 'Shop' })).toHaveAttribute('src', branding.logoUrl);
  const footer = screen.getByRole('contentinfo');
  expect(within(footer).getByRole('link', { name: 'Terms' })).toHaveAttribute('href', branding.termsUrl);
  expect(within(footer).getByRole('link', { name: 'Privacy' })).toHaveAttribute('href', branding.privacyUrl);
  expect(screen.getByRole('main').style.getPropertyValue('--accent')).toBe('#112233');
}

beforeEach(() => i18n.changeLanguage('en'));

describe("the application's branding", () => {
  it('names, colours and links the sign-in page', async () => {
    const api = fakeApi([ok(view([passwordStep]))], {
      getSignInExperience: vi.fn(async () => ok(signInExperience({}, {}, false, branding))),
    });
    render(<SignInPage deps={deps(api)} />);
    await expectBranded('Sign in to Shop');
    expect(api.getSignInExperience).toHaveBeenCalledWith('rp');
  });

  it('keeps the branding on the email-code steps', async () => {
    const signingIn = { interactionEvent: 'SignIn' } as const;
    const api = fakeApi(
      [ok(view([passwordStep, sendCodeStep], signingIn)), ok(view([verifyCodeStep('ann@example.com', 'code-1')], signingIn))],
      { getSignInExperience: vi.fn(async () => ok(signInExperience({ emailCode: true }, {}, false, branding))) },
    );
    render(<SignInPage deps={deps(api)} />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Sign in with an email code' }));
    await expectBranded('Sign in to Shop');
    await user.type(screen.getByLabelText('Email'), 'ann@example.com');
    await user.click(screen.getByRole('button', { name: 'Send code' }));
    expect(await screen.findByTestId('code-sent-to')).toBeInTheDocument();
    await expectBranded('Sign in to Shop');
  });

  it('names, colours and links the register page', async () => {
    const api = fakeApi([ok(view([profileStep, submitStep], { interactionEvent: 'Register' }))], {
      getSignInExperience: vi.fn(async () => ok(signInExperience({}, { enabled: true }, false, branding))),
    });
    render(<RegisterPage deps={deps(api)} />);
    await expectBranded('Create your account for Shop');
  });

  it('shows only the methods the application offers', async () => {
    const api = fakeApi([ok(view([passwordStep]))], {
      getSignInExperience: vi.fn(async () => ok(signInExperience({ local: false, connectors: connectors() }, {}, false, branding))),
    });
    render(<SignInPage deps={deps(api)} />);
    expect(await screen.findByRole('button', { name: 'Continue with GitLab' })).toBeInTheDocument();
    expect(screen.queryByLabelText('Password')).not.toBeInTheDocument();
  });

  it('keeps the Gatehouse look without a branding', async () => {
    render(<SignInPage deps={deps(fakeApi([ok(view([passwordStep]))], { getSignInExperience: vi.fn(async () => ok(signInExperience())) }))} />);
    expect(await screen.findByRole('heading', { name: 'Sign in to Relying Party' })).toBeInTheDocument();
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
    expect(within(screen.getByRole('contentinfo')).getByText('Gatehouse')).toBeInTheDocument();
  });
});
