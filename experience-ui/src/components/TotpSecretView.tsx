import { useTranslation } from 'react-i18next';
import { CopyButton } from './CopyButton';

interface Props {
  secret: { secret: string; otpauthUri: string; qr: string };
}

/** Groups of 4 characters, easier to type into an app by hand. */
function groups(secret: string): string[] {
  return secret.match(/.{1,4}/g) ?? [];
}

/** A new authenticator app secret: its QR code, and the key as text to type instead. */
export function TotpSecretView({ secret }: Props) {
  const { t } = useTranslation();
  return (
    <div className="totp-setup">
      <img className="qr" src={secret.qr} alt={t('mfa.enroll.qrAlt')} width={192} height={192} data-testid="totp-qr" />
      <p className="muted">{t('mfa.enroll.manual')}</p>
      <p className="secret-row">
        {/* Spaced by CSS: the text stays the key itself, for copying (and for tests computing codes). */}
        <code className="secret" data-testid="totp-secret" data-secret={secret.secret}>
          {groups(secret.secret).map((group, i) => (
            <span key={i}>{group}</span>
          ))}
        </code>
        <CopyButton text={secret.secret} label={t('mfa.enroll.copyKey')} testId="copy-secret" />
      </p>
      <p className="hint">
        <a href={secret.otpauthUri}>{t('mfa.enroll.openApp')}</a>
      </p>
    </div>
  );
}
