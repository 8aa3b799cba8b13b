import { useTranslation } from 'react-i18next';
import type { MfaFactor } from '../../api/experience';

const LABELS: Record<MfaFactor, string> = {
  totp: 'mfa.useTotp',
  backupCode: 'mfa.useBackupCode',
  emailCode: 'mfa.useEmailCode',
};

interface Props {
  factors: MfaFactor[];
  current: MfaFactor;
  busy: boolean;
  onChoose: (factor: MfaFactor) => void;
}

/** The account's other second factors, to use instead of the one shown. */
export function FactorChoice({ factors, current, busy, onChoose }: Props) {
  const { t } = useTranslation();
  const others = factors.filter((factor) => factor !== current);
  if (others.length === 0) return null;
  return (
    <ul className="choices" aria-label={t('mfa.otherWays')} data-testid="mfa-factors">
      {others.map((factor) => (
        <li key={factor}>
          <button
            type="button"
            className="link-button"
            disabled={busy}
            data-factor={factor}
            data-testid={`mfa-use-${factor}`}
            onClick={() => onChoose(factor)}
          >
            {t(LABELS[factor])}
          </button>
        </li>
      ))}
    </ul>
  );
}
