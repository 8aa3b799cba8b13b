import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useAccount } from '../context';
import { Success } from '../Section';
import { useRequest } from '../useRequest';

const USERNAME_ERRORS = new Set([
  'user.invalid_username',
  'user.username_invisible_characters',
  'user.username_mixed_script',
  'user.username_taken',
]);

/** The username: set once, then only shown. */
export function UsernameForm() {
  const { t } = useTranslation();
  const { api, account, setAccount } = useAccount();
  const request = useRequest();
  const [username, setUsername] = useState('');
  const [done, setDone] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (request.busy || !username.trim()) return;
    const result = await request.run(() => api.setUsername(username.trim()));
    if (result.ok) {
      setDone(true);
      setAccount(result.data);
    }
  }

  if (!account.canChange.username) {
    return (
      <>
        <dl className="facts">
          <dt>{t('account.profile.username')}</dt>
          <dd data-testid="account-username">{account.username || t('account.notSet')}</dd>
        </dl>
        {done && <Success testId="username-saved">{t('account.profile.usernameSaved')}</Success>}
      </>
    );
  }
  return (
    <form onSubmit={(e) => void submit(e)} className="form" aria-busy={request.busy} noValidate>
      <ErrorAlert code={request.error} retryAfter={request.retryAfter} testId="username-error" />
      <label className="field">
        <span>{t('account.profile.username')}</span>
        <input
          name="username"
          type="text"
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          required
          aria-describedby="account-username-hint"
          aria-invalid={Boolean(request.error && USERNAME_ERRORS.has(request.error)) || undefined}
          value={username}
          onChange={(e) => setUsername(e.target.value)}
        />
      </label>
      <p id="account-username-hint" className="hint">
        {t('account.profile.usernameOnce')}
      </p>
      <button type="submit" className="button" disabled={request.busy || !username.trim()}>
        {t('account.profile.setUsername')}
      </button>
    </form>
  );
}
