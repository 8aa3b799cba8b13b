import { useState } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  text: string;
  label: string;
  testId?: string;
}

/** Copies `text` to the clipboard and says whether it worked (no clipboard outside HTTPS). */
export function CopyButton({ text, label, testId }: Props) {
  const { t } = useTranslation();
  const [outcome, setOutcome] = useState<'copied' | 'failed'>();

  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setOutcome('copied');
    } catch {
      setOutcome('failed');
    }
  }

  return (
    <span className="copy">
      <button type="button" className="button button-quiet" data-testid={testId} onClick={() => void copy()}>
        {label}
      </button>
      <span role="status" className="copy-status">
        {outcome === 'copied' ? t('copy.copied') : outcome === 'failed' ? t('copy.failed') : null}
      </span>
    </span>
  );
}
