import type { ReactNode } from 'react';

/** One section of the account page: a titled region that tests find by its test id. */
export function Section({ id, testId, title, children }: { id: string; testId: string; title: string; children: ReactNode }) {
  return (
    <section className="account-section" aria-labelledby={`${id}-title`} data-testid={testId}>
      <h2 id={`${id}-title`}>{title}</h2>
      {children}
    </section>
  );
}

/** A success message, announced when it appears. */
export function Success({ children, testId }: { children: ReactNode; testId?: string }) {
  return (
    <p role="status" className="success" data-testid={testId}>
      {children}
    </p>
  );
}
