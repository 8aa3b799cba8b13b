import { useState } from 'react';
import type { ApiFailure, ApiResult } from '../api/result';

/** One form's call to the API: whether it is under way, and how the last one failed. */
export function useRequest() {
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<ApiFailure>();

  async function run<T>(request: () => Promise<ApiResult<T>>): Promise<ApiResult<T>> {
    setBusy(true);
    setFailure(undefined);
    const result = await request();
    setBusy(false);
    if (!result.ok) setFailure(result);
    return result;
  }

  return {
    busy,
    error: failure?.code,
    retryAfter: failure?.retryAfter,
    rules: failure?.rules,
    run,
    /** Shows a failure the page found out itself (a proof that expired meanwhile). */
    fail: (code: string) => setFailure({ ok: false, code }),
    clear: () => setFailure(undefined),
  };
}
