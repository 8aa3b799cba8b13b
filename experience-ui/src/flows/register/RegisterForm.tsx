import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { errorMessage } from '../../errors';

interface Props {
  /** The field's initial value: the username the interaction already has. */
  username?: string;
  busy: boolean;
  error?: string;
  /** The password rules the last attempt broke. */
  rules?: string[];
  onSubmit: (username: string, password: string) => void;
}

const USERNAME_CODES = new Set(['user.invalid_username', 'user.username_taken']);
const PASSWORD_CODES = new Set(['user.weak_password']);

export function RegisterForm({ username: initialUsername, busy, error, rules, onSubmit }: Props) {
  const { t } = useTranslation();
  const [username, setUsername] = useState(initialUsername ?? '');
  const [password, setPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  // Checked on submit only, so typing the confirmation does not flash an error.
  const [mismatch, setMismatch] = useState(false);

  // One message per rule, even if two unknown rules fall back to the same words.
  const ruleMessages = [...new Set((rules ?? []).map((rule) => errorMessage(t, rule)))];
  const usernameInvalid = Boolean(error && USERNAME_CODES.has(error));
  const passwordInvalid = Boolean(error && PASSWORD_CODES.has(error)) || ruleMessages.length > 0;

  function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    if (password !== confirmation) {
      setMismatch(true);
      return;
    }
    setMismatch(false);
    onSubmit(username.trim(), password);
  }

  return (
    <form onSubmit={submit} className="form" aria-busy={busy} noValidate>
      <ErrorAlert code={error} />
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
          aria-invalid={usernameInvalid || undefined}
          value={username}
          onChange={(e) => setUsername(e.target.value)}
        />
      </label>
      <div className="field-group">
        <label className="field">
          <span>{t('register.password')}</span>
          <input
            name="password"
            type="password"
            autoComplete="new-password"
            required
            autoFocus={Boolean(initialUsername)}
            aria-invalid={passwordInvalid || undefined}
            aria-describedby="register-password-rules"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </label>
        {/* Every broken rule at once, under the field they are about. */}
        <ul
          id="register-password-rules"
          className={ruleMessages.length ? 'field-errors' : 'field-errors field-errors-empty'}
          data-testid="password-rules"
        >
          {ruleMessages.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      </div>
      <div className="field-group">
        <label className="field">
          <span>{t('register.confirmPassword')}</span>
          <input
            name="confirmPassword"
            type="password"
            autoComplete="new-password"
            required
            aria-invalid={mismatch || undefined}
            aria-describedby="register-confirm-error"
            value={confirmation}
            onChange={(e) => setConfirmation(e.target.value)}
          />
        </label>
        <p
          id="register-confirm-error"
          className={mismatch ? 'field-errors' : 'field-errors field-errors-empty'}
          aria-live="polite"
          data-testid="passwords-differ"
        >
          {mismatch ? t('register.passwordsDiffer') : null}
        </p>
      </div>
      <button
        type="submit"
        className="button"
        disabled={busy || !username.trim() || !password || !confirmation}
      >
        {busy ? t('register.submitting') : t('register.submit')}
      </button>
    </form>
  );
}
