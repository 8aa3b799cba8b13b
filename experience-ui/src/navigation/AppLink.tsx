import type { MouseEvent, ReactNode } from 'react';
import { navigateInApp, withCurrentQuery } from './index';

interface Props {
  /** A path of this app; the current query goes along. */
  to: string;
  testId?: string;
  children: ReactNode;
}

/** A link to another page of this app, followed without reloading (a new tab still works). */
export function AppLink({ to, testId, children }: Props) {
  const href = withCurrentQuery(to);
  function follow(event: MouseEvent<HTMLAnchorElement>) {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigateInApp(href);
  }
  return (
    <a href={href} onClick={follow} data-testid={testId}>
      {children}
    </a>
  );
}
