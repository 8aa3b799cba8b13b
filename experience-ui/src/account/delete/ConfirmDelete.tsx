import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiFailure } from '../../api/result';
import { ErrorAlert } from '../../components/ErrorAlert';

interface Props {
  /** Deletes; resolves to the failure to show, if any. */
  onConfirm: () => Promise<ApiFailure | undefined>;
  onCancel: () => void;
}

/** The last step: the user types the word shown, so that no stray click deletes the account. */
export function ConfirmDelete({ onConfirm, onCancel }: Props) {
  const { t } = useTranslation();
  const word = t('account.delete.word');
  const [typed, setTyped] = useState('');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<ApiFailure>();
  const matches = typed.trim().toLocaleUpperCase() === word.toLocaleUpperCase();

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy || !matches) return;
    setBusy(true);
    setFailure(undefined);
    const failed = await onConfirm();
    setBusy(false);
    setFailure(failed);
  }

  return (
    <form onSubmit={(e) => void submit(e)} className="form" aria-busy={busy} noValidate>
      <p>{t('account.delete.warning')}</p>
      <ErrorAlert code={failure?.code} retryAfter={failure?.retryAfter} testId="delete-error" />
      <label className="field">
        <span>{t('account.delete.typeWord', { word })}</span>
        <input
          name="confirm-delete"
          type="text"
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          required
          autoFocus
          value={typed}
          onChange={(e) => setTyped(e.target.value)}
        />
      </label>
      <div className="actions">
        <button type="submit" className="button button-danger" disabled={busy || !matches}>
          {busy ? t('account.delete.deleting') : t('account.delete.confirm')}
        </button>
        <button type="button" className="button button-quiet" disabled={busy} onClick={onCancel}>
          {t('account.cancel')}
        </button>
      </div>
    </form>
  );
}
