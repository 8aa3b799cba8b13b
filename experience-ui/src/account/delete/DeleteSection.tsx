import { useTranslation } from 'react-i18next';
import { useAccount } from '../context';
import { useSensitiveAction } from '../useSensitiveAction';
import { useResume } from '../verification/useResume';
import { Verify } from '../verification/Verify';
import { ConfirmDelete } from './ConfirmDelete';

/** A verification, then typing the word shown, then the account is gone. */
export function DeleteSection() {
  const { t } = useTranslation();
  const { api, onDeleted } = useAccount();
  const action = useSensitiveAction();
  useResume('delete', true, action.open);

  switch (action.stage) {
    case 'closed':
      return (
        <>
          <p className="muted">{t('account.delete.intro')}</p>
          <button type="button" className="button button-danger" onClick={action.open}>
            {t('account.delete.start')}
          </button>
        </>
      );
    case 'verify':
      return (
        <Verify
          idPrefix="delete"
          expired={action.expired}
          resume={{ section: 'delete' }}
          onVerified={action.verified}
          onCancel={action.close}
        />
      );
    case 'form':
      return (
        <ConfirmDelete
          onConfirm={async () => {
            const proof = action.proofId();
            if (!proof) return undefined;
            const result = await api.deleteAccount(proof);
            if (result.ok) {
              onDeleted();
              return undefined;
            }
            return action.refused(result.code) ? undefined : result;
          }}
          onCancel={action.close}
        />
      );
  }
}
