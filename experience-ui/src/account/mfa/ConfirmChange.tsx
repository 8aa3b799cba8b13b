import { useTranslation } from 'react-i18next';
import type { ApiResult } from '../../api/result';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useRequest } from '../useRequest';
import type { SensitiveAction } from '../useSensitiveAction';

interface Props<T> {
  /** What the change does, said before it is made. */
  text: string;
  confirmLabel: string;
  danger?: boolean;
  action: SensitiveAction;
  run: (proof: string) => Promise<ApiResult<T>>;
  onDone: (data: T) => void;
  onCancel: () => void;
}

/** A two-factor change that needs nothing but a yes, once identity is proved. */
export function ConfirmChange<T>({ text, confirmLabel, danger, action, run, onDone, onCancel }: Props<T>) {
  const { t } = useTranslation();
  const request = useRequest();

  async function confirm() {
    const proof = action.proofId();
    if (!proof) return;
    const result = await request.run(() => run(proof));
    if (result.ok) onDone(result.data);
    else action.refused(result.code);
  }

  return (
    <div className="form panel" aria-busy={request.busy} data-testid="mfa-confirm">
      <p>{text}</p>
      <p className="hint">{t('account.mfa.othersSignedOut')}</p>
      <ErrorAlert code={request.error} retryAfter={request.retryAfter} testId="mfa-change-error" />
      <div className="actions">
        <button
          type="button"
          className={danger ? 'button button-danger' : 'button'}
          disabled={request.busy}
          onClick={() => void confirm()}
        >
          {request.busy ? t('account.saving') : confirmLabel}
        </button>
        <button type="button" className="button button-quiet" disabled={request.busy} onClick={onCancel}>
          {t('account.cancel')}
        </button>
      </div>
    </div>
  );
}
