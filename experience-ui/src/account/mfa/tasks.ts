/** The two-factor changes; each needs a verification and signs out the other sessions. */
export type MfaTask = 'enrollTotp' | 'removeTotp' | 'emailOn' | 'emailOff' | 'newBackupCodes';

/** What the page says once a change is done. */
export const DONE_MESSAGES: Record<MfaTask, string> = {
  enrollTotp: 'account.mfa.totpAddedNow',
  removeTotp: 'account.mfa.totpRemoved',
  emailOn: 'account.mfa.emailOnNow',
  emailOff: 'account.mfa.emailOffNow',
  newBackupCodes: 'account.mfa.newBackupCodesNow',
};

/** Whether `task` (from the tab's storage) is one. */
export function isMfaTask(task: string | undefined): task is MfaTask {
  return task !== undefined && Object.hasOwn(DONE_MESSAGES, task);
}
