import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { ErrorAlert } from '../../components/ErrorAlert';

interface Props {
  scopes: string[];
  busy: boolean;
  error?: string;
  onAllow: () => void;
  onDeny: () => void;
}

/** A scope in plain words; one this app has no words for is shown by its name. */
function scopeDescription(t: TFunction, scope: string): string {
  return t(`consent.scope.${scope}`, { defaultValue: scope });
}

export function ConsentForm({ scopes, busy, error, onAllow, onDeny }: Props) {
  const { t } = useTranslation();
  return (
    <div className="form" aria-busy={busy}>
      <ErrorAlert code={error} />
      <p className="subtitle" id="consent-scopes-label">
        {t('consent.subtitle')}
      </p>
      <ul className="scopes" aria-labelledby="consent-scopes-label" data-testid="consent-scopes">
        {scopes.map((scope) => (
          <li key={scope} data-scope={scope}>
            {scopeDescription(t, scope)}
          </li>
        ))}
      </ul>
      <div className="actions">
        <button type="button" className="button" disabled={busy} onClick={onAllow}>
          {t('consent.allow')}
        </button>
        <button type="button" className="button button-quiet" disabled={busy} onClick={onDeny}>
          {t('consent.deny')}
        </button>
      </div>
    </div>
  );
}
