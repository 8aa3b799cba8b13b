import type { Connector, IdentifierType, MissingField, Profile } from '../../api/experience';
import { codeStep, emailStep, sentCode, type CodeAction, type CodeStep, type EmailStep, type SentCode } from '../code/state';
import type { Application, Branding, FollowAction } from '../interaction';
import { followReducer, type CommonStep } from '../steps';
import type { CaptchaAction, CaptchaStatus } from './start';

/** The confirmed address a registration already has: proved by a code, or the invitation's. */
export interface AccountEmail {
  email: string;
  /** From an invitation rather than a code. */
  invited: boolean;
  /** The invited contact's name, for the greeting. */
  name?: string;
}

/** The screen the registration flow is on. */
export type RegisterStep =
  | {
      /** The password, with a username when the account will sign in with one. */
      kind: 'form';
      /** The account signs in with a username: the form asks for it. */
      askUsername: boolean;
      /** The username the interaction already has (after a reload), the field's initial value. */
      username?: string;
      /** The address the registration already has, shown read-only. */
      account?: AccountEmail;
      busy: boolean;
      error?: string;
      retryAfter?: number;
      /** The password rules the last attempt broke, each a code to translate (`error.<rule>`). */
      rules?: string[];
    }
  | { kind: 'invitation'; busy: boolean; error?: string; retryAfter?: number }
  | EmailStep
  | CodeStep
  | CommonStep;

export interface RegisterState {
  application?: Application;
  branding?: Branding;
  /** The captcha widget, while and once solved. */
  captcha?: CaptchaStatus;
  sent?: SentCode;
  /** The external providers an account may be created with; none until the sign-in experience is read. */
  connectors?: Connector[];
  step: RegisterStep;
}

export type RegisterAction =
  | FollowAction
  | CodeAction
  | CaptchaAction
  | { type: 'showProfile'; missing: MissingField[]; identifierTypes: IdentifierType[]; profile: Profile }
  | { type: 'showInvitation' }
  | { type: 'connectors'; connectors: Connector[] }
  /** From the code step: another address (a typo). */
  | { type: 'changeEmail' };

export const initialState: RegisterState = { step: { kind: 'loading' } };

/** Every rule of `user.weak_password`'s `details.rules`, as the server names them. */
export const PASSWORD_RULES = [
  'password.too_short',
  'password.too_long',
  'password.needs_lowercase',
  'password.needs_uppercase',
  'password.needs_digit',
  'password.needs_non_alphanumeric',
  'password.too_simple',
  'password.too_common',
  'password.contains_identifier',
] as const;

/** The address proved by the code already has an account: the page shows the ways to it. */
export const EMAIL_TAKEN = 'user.email_taken';

/** Codes after which trying again cannot help: the page offers only the way back to sign-in. */
const FINAL_CODES = new Set(['session.registration_disabled', 'session.registration_invitation_only', EMAIL_TAKEN]);

export function isFinal(code: string): boolean {
  return FINAL_CODES.has(code);
}

/** The message (and broken rules) of a failed attempt at the same step stays when the interaction is read again. */
function kept(step: RegisterStep, kind: 'form' | 'invitation') {
  if (step.kind !== kind) return {};
  if (step.kind === 'form') return { error: step.error, retryAfter: step.retryAfter, rules: step.rules };
  if (step.kind === 'invitation') return { error: step.error, retryAfter: step.retryAfter };
  return {};
}

/**
 * The form for what the registration lacks. The account must have what sign-in asks for, the one
 * identifier type of the step: an email is proved by a code first, then the form asks only the
 * password; a username is asked with the password, next to an address the registration may
 * already have (an invitation's).
 */
function showProfile(state: RegisterState, action: Extract<RegisterAction, { type: 'showProfile' }>): RegisterState {
  const { missing, identifierTypes, profile } = action;
  const { step } = state;
  const byEmail = identifierTypes.includes('email') && !identifierTypes.includes('username');
  if (byEmail && missing.includes('identifier')) return { ...state, step: emailStep(step) };
  const { email, invited, name } = profile;
  return {
    ...state,
    step: {
      kind: 'form',
      askUsername: !byEmail,
      username: profile.username,
      account: email === undefined ? undefined : { email, invited, name },
      busy: false,
      ...kept(step, 'form'),
    },
  };
}

export function registerReducer(state: RegisterState, action: RegisterAction): RegisterState {
  const { step } = state;
  switch (action.type) {
    case 'showProfile':
      return showProfile(state, action);
    case 'showInvitation':
      return { ...state, step: { kind: 'invitation', busy: false, ...kept(step, 'invitation') } };
    case 'showEmail':
      return { ...state, step: emailStep(step) };
    case 'showCode':
      return { ...state, step: codeStep(step, action.email, action.verificationId) };
    case 'changeEmail':
      return step.kind === 'code' ? { ...state, step: emailStep({ kind: 'code' }) } : state;
    case 'codeSent':
    case 'sendRefused':
      return { ...state, sent: sentCode(state.sent, action) };
    case 'captcha':
      return { ...state, captcha: action.status };
    case 'connectors':
      return { ...state, connectors: action.connectors };
    case 'busy':
    case 'failed': {
      // Shown with the ways to the existing account, wherever it happens (identification, submit).
      if (action.type === 'failed' && action.code === EMAIL_TAKEN) return { ...state, step: { kind: 'failed', code: EMAIL_TAKEN } };
      const next = followReducer(state, action);
      if (next.step.kind !== 'form') return next;
      // The broken rules explain the form's error: they come and go with it.
      return { ...next, step: { ...next.step, rules: action.type === 'failed' ? action.rules : undefined } };
    }
    default:
      return followReducer(state, action);
  }
}
