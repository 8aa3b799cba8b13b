import { useTranslation } from 'react-i18next';
import { Card } from './Card';

export function NotFound() {
  const { t } = useTranslation();
  return (
    <Card title={t('notFound.title')}>
      <p>{t('notFound.body')}</p>
    </Card>
  );
}
