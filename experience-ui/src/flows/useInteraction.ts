import { useCallback, useEffect, useMemo } from 'react';
import type { ApiFailure } from '../api/experience';
import { allowConsent, denyConsent, follow, type Dispatch, type Flow, type FlowDeps } from './interaction';
import { mfaActions } from './mfa/actions';

/**
 * What every flow page does with the interaction: follow it on load, and the actions any step
 * may need. `flow` must be a constant: a new one restarts the page.
 */
export function useInteraction<A>(flow: Flow<A>, deps: FlowDeps, dispatch: Dispatch<NoInfer<A>>) {
  useEffect(() => {
    // StrictMode runs effects twice: only the surviving run may go on to mutate the interaction.
    let stopped = false;
    void follow(deps, flow, dispatch, () => stopped, true);
    return () => {
      stopped = true;
    };
  }, [deps, flow, dispatch]);

  /**
   * Goes on after the user's step: what comes next is the server's call. `after`: a failure
   * that means the interaction moved under the page (`reloads`), shown if it says why.
   */
  const proceed = useCallback(
    (after?: ApiFailure) => follow(deps, flow, dispatch, () => false, false, after),
    [deps, flow, dispatch],
  );

  const allow = useCallback(() => allowConsent(deps, flow, dispatch), [deps, flow, dispatch]);

  const deny = useCallback(() => denyConsent(deps, dispatch), [deps, dispatch]);

  const retry = useCallback(() => {
    dispatch({ type: 'loading' });
    void follow(deps, flow, dispatch, () => false, true);
  }, [deps, flow, dispatch]);

  useEffect(() => {
    // Back from another page may restore this one from the back/forward cache as it was left,
    // while the interaction has moved on (e.g. to a registration): read it again.
    const restored = (event: PageTransitionEvent) => {
      if (event.persisted) retry();
    };
    window.addEventListener('pageshow', restored);
    return () => window.removeEventListener('pageshow', restored);
  }, [retry]);

  /** The second-factor steps, which any flow may meet before submit. */
  const mfa = useMemo(() => mfaActions(deps, dispatch, proceed), [deps, dispatch, proceed]);

  return { proceed, allow, deny, retry, mfa };
}
