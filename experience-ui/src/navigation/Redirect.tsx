import { useEffect } from 'react';
import { replaceInApp, withCurrentQuery } from './index';

/** Replaces the current page with another of this app's, keeping the query (what the client sent). */
export function Redirect({ to }: { to: string }) {
  useEffect(() => replaceInApp(withCurrentQuery(to)), [to]);
  return null;
}
