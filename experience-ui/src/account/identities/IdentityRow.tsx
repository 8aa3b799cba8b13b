import { useTranslation } from 'react-i18next';
import type { LinkedIdentity } from '../api/accountApi';
import { useFormat } from '../format';

interface Props {
  identity: LinkedIdentity;
  busy: boolean;
  onUnlink: () => void;
}

export function IdentityRow({ identity, busy, onUnlink }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const who = identity.email ?? identity.name;
  const reasonId = `identity-${identity.id}-last`;
  return (
    <li className="row" data-testid="identity-row">
      <div className="row-main">
        <p className="row-title">
          <span data-testid="identity-provider">{identity.connectorName}</span>
        </p>
        {who && (
          <p className="muted row-detail" data-testid="identity-who">
            {who}
          </p>
        )}
        <p className="muted row-detail">
          <span>{t('account.identities.since', { date: format.date(identity.createdAt) })}</span>
          {identity.lastUsedAt && <span> · {t('account.identities.lastUsed', { date: format.dateTime(identity.lastUsedAt) })}</span>}
        </p>
        {!identity.canUnlink && (
          <p className="hint row-detail" id={reasonId} data-testid="identity-last">
            {t('account.identities.lastWay')}
          </p>
        )}
      </div>
      <button
        type="button"
        className="button button-quiet row-action"
        aria-label={t('account.identities.unlinkNamed', { provider: identity.connectorName })}
        aria-describedby={identity.canUnlink ? undefined : reasonId}
        disabled={busy || !identity.canUnlink}
        onClick={onUnlink}
      >
        {t('account.identities.unlink')}
      </button>
    </li>
  );
}
