import { useTranslation } from 'react-i18next';
import { errorMessage } from '../errors';

interface Props {
  /** Keeps the ids of two forms apart. */
  idPrefix: string;
  passwordLabel: string;
  confirmLabel: string;
  password: string;
  confirmation: string;
  onPassword: (value: string) => void;
  onConfirmation: (value: string) => void;
  /** The form's error is about the password (`user.weak_password`). */
  weak: boolean;
  /** The password rules the last attempt broke, each a code to translate (`error.<rule>`). */
  rules?: string[];
  /** The confirmation differs; checked on submit only, so typing it does not flash an error. */
  mismatch: boolean;
  autoFocus?: boolean;
  passwordTestId?: string;
  confirmTestId?: string;
}

/** A new password and its confirmation, with every broken rule under the field it is about. */
export function NewPasswordFields({
  idPrefix,
  passwordLabel,
  confirmLabel,
  password,
  confirmation,
  onPassword,
  onConfirmation,
  weak,
  rules,
  mismatch,
  autoFocus,
  passwordTestId,
  confirmTestId,
}: Props) {
  const { t } = useTranslation();
  // One message per rule, even if two unknown rules fall back to the same words.
  const ruleMessages = [...new Set((rules ?? []).map((rule) => errorMessage(t, rule)))];
  const invalid = weak || ruleMessages.length > 0;
  return (
    <>
      <div className="field-group">
        <label className="field">
          <span>{passwordLabel}</span>
          <input
            name="password"
            type="password"
            autoComplete="new-password"
            required
            autoFocus={autoFocus}
            aria-invalid={invalid || undefined}
            aria-describedby={`${idPrefix}-password-rules`}
            data-testid={passwordTestId}
            value={password}
            onChange={(e) => onPassword(e.target.value)}
          />
        </label>
        <ul
          id={`${idPrefix}-password-rules`}
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
          <span>{confirmLabel}</span>
          <input
            name="confirmPassword"
            type="password"
            autoComplete="new-password"
            required
            aria-invalid={mismatch || undefined}
            aria-describedby={`${idPrefix}-confirm-error`}
            data-testid={confirmTestId}
            value={confirmation}
            onChange={(e) => onConfirmation(e.target.value)}
          />
        </label>
        <p
          id={`${idPrefix}-confirm-error`}
          className={mismatch ? 'field-errors' : 'field-errors field-errors-empty'}
          aria-live="polite"
          data-testid="passwords-differ"
        >
          {mismatch ? t('register.passwordsDiffer') : null}
        </p>
      </div>
    </>
  );
}
