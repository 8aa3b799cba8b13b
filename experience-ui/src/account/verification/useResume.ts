import { useEffect, useEffectEvent } from 'react';
import { useAccount } from '../context';

/**
 * Takes up the sensitive action a verification at a provider was for, back on the account page:
 * once `ready` (what the section needs is loaded), `resume` gets the task, once; the section is
 * scrolled to. Nothing when the action was another section's.
 */
export function useResume(section: string, ready: boolean, resume: (task: string | undefined) => void) {
  const { resume: pending, resumed } = useAccount();
  const target = pending?.section === section ? pending : undefined;
  const onResume = useEffectEvent(resume);

  useEffect(() => {
    if (!ready || !target) return;
    resumed();
    onResume(target.task);
    // jsdom has no scrolling.
    document.getElementById(`${section}-title`)?.scrollIntoView?.({ block: 'start' });
  }, [ready, target, resumed, section]);
}
