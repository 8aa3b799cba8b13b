import { useTranslation } from 'react-i18next';

interface Props {
  /** The label's translation key. */
  labelKey: string;
  value: string;
  onChange: (value: string) => void;
  /** A backup code has letters ("ABCDE-FGHJK"); the others are 6 digits. */
  backup?: boolean;
  invalid?: boolean;
  testId?: string;
}

/** The one-time code of a second factor: an app's, a mailed one, or a backup code. */
export function OneTimeCodeField({ labelKey, value, onChange, backup = false, invalid, testId = 'mfa-code' }: Props) {
  const { t } = useTranslation();
  return (
    <label className="field">
      <span>{t(labelKey)}</span>
      <input
        name="code"
        type="text"
        inputMode={backup ? 'text' : 'numeric'}
        autoComplete={backup ? 'off' : 'one-time-code'}
        autoCapitalize={backup ? 'characters' : 'none'}
        spellCheck={false}
        required
        autoFocus
        aria-invalid={invalid || undefined}
        data-testid={testId}
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
    </label>
  );
}

/** The code as typed, without the spaces people put in to read it. */
export const typedCode = (value: string) => value.replace(/\s+/g, '');

/** Codes that say the code typed is the wrong one. */
export const WRONG_CODE = new Set([
  'mfa.invalid_code',
  'verification_code.mismatch',
  'verification_code.expired',
  'verification_code.too_many_attempts',
  'verification_code.superseded',
  'verification_code.used',
]);
