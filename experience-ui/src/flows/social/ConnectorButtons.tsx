import { useTranslation } from 'react-i18next';
import type { Connector } from '../../api/experience';

interface Props {
  connectors: readonly Connector[];
  /** A request is under way (the page's own, or going to a provider): no second click. */
  busy: boolean;
  /** An "or" line first, between the page's own form and the buttons. */
  separator: boolean;
  onSelect: (connector: Connector) => void;
}

/** "Continue with …" for each external provider, in the server's order; nothing without any. */
export function ConnectorButtons({ connectors, busy, separator, onSelect }: Props) {
  const { t } = useTranslation();
  if (connectors.length === 0) return null;
  return (
    <>
      {separator && (
        <p className="separator" data-testid="connectors-separator">
          <span>{t('social.or')}</span>
        </p>
      )}
      <ul className="connectors" data-testid="connectors">
        {connectors.map((connector) => (
          <li key={connector.id}>
            <button
              type="button"
              className="button button-quiet button-connector"
              data-testid={`connector-${connector.id}`}
              disabled={busy}
              onClick={() => onSelect(connector)}
            >
              {/* Decorative: the text names the provider. */}
              {connector.logoUrl && <img className="connector-logo" src={connector.logoUrl} alt="" />}
              <span>{t('social.continueWith', { name: connector.name })}</span>
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}
