import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { IdentifierType } from '../../api/experience';
import { ErrorAlert } from '../../components/ErrorAlert';

interface Props {
  identifierTypes: IdentifierType[];
  loginHint?: string;
  /** Show the "remember me" checkbox; off, the form submits the initial value untouched. */
  offerRememberMe: boolean;
  /** The checkbox's initial value: the interaction's choice so far. */
  rememberMe: boolean;
  busy: boolean;
  error?: string;
  onSubmit: (type: IdentifierType, identifier: string, password: string, remember: boolean) => void;
}

function identifierLabel(types: IdentifierType[]) {
  if (types.includes('username') && types.includes('email')) return 'signIn.usernameOrEmail';
  return types[0] === 'email' ? 'signIn.email' : 'signIn.username';
}

/** With both identifiers allowed, an "@" is what tells an email from a username. */
function identifierType(types: IdentifierType[], value: string): IdentifierType {
  if (types.length === 1 && types[0]) return types[0];
  return value.includes('@') && types.includes('email') ? 'email' : 'username';
}

export function PasswordForm({ identifierTypes, loginHint, offerRememberMe, rememberMe, busy, error, onSubmit }: Props) {
  const { t } = useTranslation();
  const [identifier, setIdentifier] = useState(loginHint ?? '');
  const [password, setPassword] = useState('');
  const [remember, setRemember] = useState(rememberMe);
  const emailOnly = identifierTypes.length === 1 && identifierTypes[0] === 'email';

  function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    onSubmit(identifierType(identifierTypes, identifier.trim()), identifier.trim(), password, remember);
  }

  return (
    <form onSubmit={submit} className="form" aria-busy={busy} noValidate>
      <ErrorAlert code={error} />
      <label className="field">
        <span>{t(identifierLabel(identifierTypes))}</span>
        <input
          name="identifier"
          type={emailOnly ? 'email' : 'text'}
          autoComplete={emailOnly ? 'email' : 'username'}
          autoCapitalize="none"
          spellCheck={false}
          required
          autoFocus={!loginHint}
          value={identifier}
          onChange={(e) => setIdentifier(e.target.value)}
        />
      </label>
      <label className="field">
        <span>{t('signIn.password')}</span>
        <input
          name="password"
          type="password"
          autoComplete="current-password"
          required
          autoFocus={Boolean(loginHint)}
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
      </label>
      {offerRememberMe && (
        <label className="checkbox">
          <input
            name="rememberMe"
            type="checkbox"
            checked={remember}
            onChange={(e) => setRemember(e.target.checked)}
          />
          <span>{t('signIn.rememberMe')}</span>
        </label>
      )}
      <button type="submit" className="button" disabled={busy || !identifier.trim() || !password}>
        {busy ? t('signIn.submitting') : t('signIn.submit')}
      </button>
    </form>
  );
}
