import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import { completeCallback, type CallbackDeps, type CallbackOutcome } from './callback';
import { callbackReducer, initialCallbackStep } from './state';

/** `/callback/{connectorId}`: completes the provider's answer once, then goes on or says why not. */
export function useSocialCallback(connectorId: string, deps: CallbackDeps) {
  const [step, dispatch] = useReducer(callbackReducer, initialCallbackStep);
  // The answer is single use: StrictMode's second effect (and a re-render) share the first call.
  const attempt = useRef<Promise<CallbackOutcome>>(undefined);
  const [round, setRound] = useState(0);

  useEffect(() => {
    let live = true;
    attempt.current ??= completeCallback(deps, connectorId, window.location.search);
    void attempt.current.then((outcome) => {
      if (!live) return;
      dispatch({ type: 'outcome', outcome });
      if (outcome.ok) deps.replace(outcome.to);
    });
    return () => {
      live = false;
    };
  }, [deps, connectorId, round]);

  /** After a network failure: the same answer, sent again. */
  const retry = useCallback(() => {
    attempt.current = undefined;
    dispatch({ type: 'verifying' });
    setRound((r) => r + 1);
  }, []);

  /** Back to the page the provider was chosen on, which reads the interaction again. */
  const back = useCallback((path: string) => deps.replace(path), [deps]);

  return { step, retry, back };
}
