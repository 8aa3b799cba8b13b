import { useTranslation } from 'react-i18next';
import { useAccount } from '../context';
import { useFormat } from '../format';
import { ProfileForm } from './ProfileForm';
import { UsernameForm } from './UsernameForm';

export function ProfileSection() {
  const { t } = useTranslation();
  const { account } = useAccount();
  const format = useFormat();
  return (
    <>
      <UsernameForm />
      <ProfileForm />
      <p className="muted" data-testid="account-created">
        {t('account.profile.created', { date: format.date(account.createdAt) })}
      </p>
    </>
  );
}
