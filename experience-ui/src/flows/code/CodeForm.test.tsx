import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { i18n } from '../../i18n';
import { CodeForm } from './CodeForm';

function renderForm(props: Partial<Parameters<typeof CodeForm>[0]> = {}) {
  const handlers = { onVerify: vi.fn(), onResend: vi.fn(), onChangeEmail: vi.fn() };
  render(<CodeForm email="ann@example.com" busy={false} {...handlers} {...props} />);
  return handlers;
}

beforeEach(() => i18n.changeLanguage('en'));

describe('CodeForm', () => {
  it('says where the code went and asks for it as a one-time code', () => {
    renderForm();
    expect(screen.getByTestId('code-sent-to')).toHaveTextContent('ann@example.com');
    const input = screen.getByLabelText('Verification code');
    expect(input).toHaveAttribute('inputmode', 'numeric');
    expect(input).toHaveAttribute('autocomplete', 'one-time-code');
    expect(input).toHaveAttribute('data-testid', 'code-input');
    expect(screen.queryByTestId('demo-code')).not.toBeInTheDocument();
  });

  it('sends the typed digits without spaces', () => {
    const { onVerify } = renderForm();
    expect(screen.getByTestId('verify-code')).toBeDisabled();
    fireEvent.change(screen.getByLabelText('Verification code'), { target: { value: ' 123 456 ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Verify' }));
    expect(onVerify).toHaveBeenCalledExactlyOnceWith('123456');
  });

  it('shows the demo code when the server gave it', () => {
    renderForm({ demoCode: '654321' });
    expect(screen.getByTestId('demo-code')).toHaveTextContent('Demo mode: your code is 654321');
  });

  it('shows the translated code error, never the server message', () => {
    renderForm({ error: 'verification_code.too_many_attempts' });
    expect(screen.getByRole('alert')).toHaveTextContent('Too many wrong codes: this one no longer works. Ask for a new one.');
    expect(screen.getByLabelText('Verification code')).toHaveAttribute('aria-invalid', 'true');
  });

  it('says how long to wait after a rate limit', () => {
    renderForm({ error: 'rate_limit.exceeded', retryAfter: 42 });
    expect(screen.getByRole('alert')).toHaveTextContent('Too many attempts. Try again in 42 s.');
  });

  it('offers another address', () => {
    const { onChangeEmail } = renderForm();
    fireEvent.click(screen.getByTestId('change-email'));
    expect(onChangeEmail).toHaveBeenCalledOnce();
  });

  describe('resend cooldown', () => {
    beforeEach(() => vi.useFakeTimers());
    afterEach(() => vi.useRealTimers());

    it('keeps "Resend code" disabled, counting down the seconds, until the cooldown is over', () => {
      const { onResend } = renderForm({ resendAt: Date.now() + 60_000 });
      const resend = screen.getByTestId('resend-code');
      expect(resend).toBeDisabled();
      expect(resend).toHaveTextContent('Resend code in 60 s');

      act(() => vi.advanceTimersByTime(15_000));
      expect(resend).toHaveTextContent('Resend code in 45 s');
      act(() => vi.advanceTimersByTime(44_000));
      expect(resend).toHaveTextContent('Resend code in 1 s');
      expect(resend).toBeDisabled();

      act(() => vi.advanceTimersByTime(1_000));
      expect(resend).toHaveTextContent(/^Resend code$/);
      expect(resend).toBeEnabled();
      fireEvent.click(resend);
      expect(onResend).toHaveBeenCalledOnce();
    });

    it('allows resending at once when no cooldown is known (after a reload)', () => {
      renderForm();
      expect(screen.getByTestId('resend-code')).toBeEnabled();
      expect(screen.getByTestId('resend-code')).toHaveTextContent('Resend code');
    });

    it('disables every button while a request is in flight', () => {
      renderForm({ busy: true });
      expect(screen.getByTestId('resend-code')).toBeDisabled();
      expect(screen.getByTestId('verify-code')).toHaveTextContent('Verifying…');
      expect(screen.getByTestId('change-email')).toBeDisabled();
    });

    it('counts in French too', async () => {
      await i18n.changeLanguage('fr');
      renderForm({ resendAt: Date.now() + 30_000 });
      expect(screen.getByTestId('resend-code')).toHaveTextContent('Renvoyer le code dans 30 s');
      expect(screen.getByLabelText('Code de vérification')).toBeInTheDocument();
    });
  });
});
