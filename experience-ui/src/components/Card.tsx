import type { ReactNode } from 'react';
import { LanguageSelect } from './LanguageSelect';

export function Card({ title, children }: { title: string; children: ReactNode }) {
  return (
    <main className="page">
      <section className="card" aria-labelledby="card-title">
        <h1 id="card-title">{title}</h1>
        {children}
      </section>
      <footer className="footer">
        <span>Gatehouse</span>
        <LanguageSelect />
      </footer>
    </main>
  );
}
