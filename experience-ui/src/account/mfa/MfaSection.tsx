import { useCallback, useEffect, useState } from 'react';
import type { ApiResult } from '../../api/result';
import { ErrorAlert } from '../../components/ErrorAlert';
import type { MfaStatus } from '../api/accountApi';
import { useAccount } from '../context';
import { Section } from '../Section';
import type { SectionFrame } from '../sections';
import { MfaSettings } from './MfaSettings';

/** Two-factor authentication: shown once its settings are read, and only when the operator allows it. */
export function MfaSection({ frame }: { frame: SectionFrame }) {
  const { api } = useAccount();
  const [status, setStatus] = useState<MfaStatus>();
  const [loadError, setLoadError] = useState<string>();

  const show = useCallback((result: ApiResult<MfaStatus>) => {
    if (result.ok) {
      setStatus(result.data);
      setLoadError(undefined);
    } else {
      setLoadError(result.code);
    }
  }, []);

  useEffect(() => {
    let live = true;
    void api.getMfa().then((result) => live && show(result));
    return () => {
      live = false;
    };
  }, [api, show]);

  const reload = useCallback(async () => show(await api.getMfa()), [api, show]);

  if (!status) {
    return loadError ? (
      <Section {...frame}>
        <ErrorAlert code={loadError} testId="mfa-error" />
      </Section>
    ) : null;
  }
  if (!status.enabled) return null;
  return (
    <Section {...frame}>
      <MfaSettings status={status} onChanged={reload} />
    </Section>
  );
}
