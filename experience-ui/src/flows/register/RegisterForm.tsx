import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { NewPasswordFields } from '../../components/NewPasswordFields';
import { useConfirmedPassword } from '../../components/useConfirmedPassword';
import type { AccountEmail } from './state';

interface Props {
  /** The account will sign in with a username: the form asks for it. */
  askUsername: boolean;
  /** The username field's initial value: the username the interaction already has. */
  username?: string;
  /** The confirmed address the registration already has, shown read-only. */
  account?: AccountEmail;
  busy: boolean;
  error?: string;
  retryAfter?: number;
  /** The password rules the last attempt broke. */
  rules?: string[];
  /** `username`: undefined when the form does not ask for one. */
  onSubmit: (username: string | undefined, password: string) => void;
}

const USERNAME_CODES = new Set([
  'user.invalid_username',
  'user.username_invisible_characters',
  'user.username_mixed_script',
  'user.username_taken',
]);

export function RegisterForm({ askUsername, username: initialUsername, account, busy, error, retryAfter, rules, onSubmit }: Props) {
  const { t } = useTranslation();
  const [username, setUsername] = useState(initialUsername ?? '');
  const { password, setPassword, confirmation, setConfirmation, mismatch, confirmed } = useConfirmedPassword();

  function submit(event: FormEvent) {
    event.preventDefault();
    if (busy || !confirmed()) return;
    onSubmit(askUsername ? username.trim() : undefined, password);
  }

  return (
    <form onSubmit={submit} className="form" aria-busy={busy} noValidate>
      <ErrorAlert code={error} retryAfter={retryAfter} />
      {account && (
        <label className="field">
          <span>{t('register.email')}</span>
          {/* Read-only. Without a username field it is the one a password manager saves the password under. */}
          <input
            name="email"
            type="email"
            autoComplete={askUsername ? 'email' : 'username'}
            readOnly
            data-testid={account.invited ? 'invited-email' : 'verified-email'}
            value={account.email}
          />
        </label>
      )}
      {askUsername && (
        <label className="field">
          <span>{t('register.username')}</span>
          <input
            name="username"
            type="text"
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
            required
            autoFocus={!initialUsername}
            aria-invalid={Boolean(error && USERNAME_CODES.has(error)) || undefined}
            value={username}
            onChange={(e) => setUsername(e.target.value)}
          />
        </label>
      )}
      <NewPasswordFields
        idPrefix="register"
        passwordLabel={t('register.password')}
        confirmLabel={t('register.confirmPassword')}
        password={password}
        confirmation={confirmation}
        onPassword={setPassword}
        onConfirmation={setConfirmation}
        weak={error === 'user.weak_password'}
        rules={rules}
        mismatch={mismatch}
        autoFocus={Boolean(initialUsername) || !askUsername}
      />
      <button
        type="submit"
        className="button"
        disabled={busy || (askUsername && !username.trim()) || !password || !confirmation}
      >
        {busy ? t('register.submitting') : t('register.submit')}
      </button>
    </form>
  );
}
