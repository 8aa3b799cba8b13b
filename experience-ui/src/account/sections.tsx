import type { Account } from './api/accountApi';
import { AppsSection } from './apps/AppsSection';
import { DeleteSection } from './delete/DeleteSection';
import { EmailSection } from './email/EmailSection';
import { IdentitiesSection } from './identities/IdentitiesSection';
import { MfaSection } from './mfa/MfaSection';
import { PasswordSection } from './password/PasswordSection';
import { ProfileSection } from './profile/ProfileSection';
import { SessionsSection } from './sessions/SessionsSection';

/** What a section needs to draw its own frame (`Section`): its ids and title. */
export interface SectionFrame {
  id: string;
  testId: string;
  title: string;
}

/** One section of the account page; a new one is one more entry. */
export interface AccountSectionSpec {
  /** Used for element ids. */
  id: string;
  /** `data-testid` of the section, for end-to-end tests. */
  testId: string;
  /** The title's translation key. */
  titleKey: string;
  /** Whether this account gets the section; always when absent. */
  shown?: (account: Account) => boolean;
  /**
   * The component draws its frame itself, with `frame`: a section that learns whether it is
   * shown from a call of its own (two-factor, when the operator allows it).
   */
  ownFrame?: true;
  Component: (props: { frame: SectionFrame }) => React.JSX.Element | null;
}

export const SECTIONS: readonly AccountSectionSpec[] = [
  { id: 'profile', testId: 'account-profile', titleKey: 'account.profile.title', Component: ProfileSection },
  { id: 'email', testId: 'account-email', titleKey: 'account.email.title', Component: EmailSection },
  {
    id: 'password',
    testId: 'account-password',
    titleKey: 'account.password.title',
    Component: PasswordSection,
  },
  {
    id: 'identities',
    testId: 'account-identities',
    titleKey: 'account.identities.title',
    ownFrame: true,
    Component: IdentitiesSection,
  },
  { id: 'mfa', testId: 'account-mfa', titleKey: 'account.mfa.title', ownFrame: true, Component: MfaSection },
  { id: 'sessions', testId: 'account-sessions', titleKey: 'account.sessions.title', Component: SessionsSection },
  { id: 'apps', testId: 'account-apps', titleKey: 'account.apps.title', Component: AppsSection },
  {
    id: 'delete',
    testId: 'account-delete',
    titleKey: 'account.delete.title',
    shown: (account) => account.canChange.delete,
    Component: DeleteSection,
  },
];
