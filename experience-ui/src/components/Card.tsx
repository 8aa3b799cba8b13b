import type { CSSProperties, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Branding } from '../flows/interaction';
import { LanguageSelect } from './LanguageSelect';

/** The application's colour replaces the accent; set through the CSSOM, which the CSP allows. */
function brandStyle(branding?: Branding): CSSProperties | undefined {
  const color = branding?.primaryColor;
  return color ? ({ '--accent': color, '--accent-hover': color } as CSSProperties) : undefined;
}

export function Card({ title, branding, children }: { title: string; branding?: Branding; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <main className="page" style={brandStyle(branding)}>
      <section className="card" aria-labelledby="card-title">
        {branding?.logoUrl && <img className="brand-logo" src={branding.logoUrl} alt={branding.displayName ?? ''} />}
        <h1 id="card-title">{title}</h1>
        {children}
      </section>
      <footer className="footer">
        <span>{branding?.displayName ?? 'Gatehouse'}</span>
        {branding?.termsUrl && (
          <a href={branding.termsUrl} target="_blank" rel="noreferrer">
            {t('branding.terms')}
          </a>
        )}
        {branding?.privacyUrl && (
          <a href={branding.privacyUrl} target="_blank" rel="noreferrer">
            {t('branding.privacy')}
          </a>
        )}
        <LanguageSelect />
      </footer>
    </main>
  );
}
