import {
  experienceApi,
  type ApiFailure,
  type ApiResult,
  type ExperienceApi,
  type IdentifierType,
  type IdentityNotLinkedStep,
  type InteractionEvent,
  type InteractionView,
  type MfaStep,
  type MissingField,
  type SignInExperience,
} from '../api/experience';
import { errorHandling, reloads } from '../errors';
import { applyInteractionLanguage } from '../i18n/apply';
import type { MfaAction } from './mfa/state';

/** What every flow page needs from the outside world; tests replace all of it. */
export interface FlowDeps {
  api: ExperienceApi;
  navigate: (url: string) => void;
  onInteraction: (view: InteractionView) => void;
}

export const defaultDeps: FlowDeps = {
  api: experienceApi,
  navigate: (url) => window.location.assign(url),
  onInteraction: applyInteractionLanguage,
};

export type Application = InteractionView['application'];
/** How the application presents itself (its policy's branding); every field optional. */
export type Branding = SignInExperience['branding'];

/** Client-side code for a next step this UI does not implement. */
export const UNSUPPORTED_STEP = 'unsupported_step';

/** What the UI does for the interaction's first next step. */
export type Directive =
  | { kind: 'start' }
  /** `linkVerificationId`: an external identity to link to the account this verification proves. */
  | { kind: 'identify'; verificationId: string; linkVerificationId?: string }
  | { kind: 'submit' }
  | { kind: 'showPassword'; identifierTypes: IdentifierType[] }
  | { kind: 'showProfile'; missing: MissingField[]; identifierTypes: IdentifierType[] }
  | { kind: 'showSendCode' }
  | { kind: 'showVerifyCode'; verificationId: string; email: string }
  | { kind: 'showRedeemInvitation' }
  | { kind: 'showResetPassword' }
  | { kind: 'showConsent'; application: Application; scopes: string[] }
  | { kind: 'showMfa'; step: MfaStep }
  | { kind: 'showEnrollMfa' }
  | { kind: 'showIdentityNotLinked'; step: IdentityNotLinkedStep }
  | { kind: 'unsupported' };

/**
 * The directive for a page that runs `event`: an interaction started for another event (a
 * registration met on the sign-in page, or the reverse) is started again for this page's.
 */
export function directiveFor(view: InteractionView, event: InteractionEvent): Directive {
  if (view.interactionEvent && view.interactionEvent !== event) return { kind: 'start' };
  const next = view.nextSteps[0];
  switch (next?.type) {
    case 'startInteraction':
      return { kind: 'start' };
    case 'identify':
      return next.linkVerificationId
        ? { kind: 'identify', verificationId: next.verificationId, linkVerificationId: next.linkVerificationId }
        : { kind: 'identify', verificationId: next.verificationId };
    case 'submit':
      return { kind: 'submit' };
    case 'verifyPassword':
      return { kind: 'showPassword', identifierTypes: next.identifierTypes };
    case 'profile':
      return { kind: 'showProfile', missing: next.missing, identifierTypes: next.identifierTypes };
    case 'sendVerificationCode':
      return { kind: 'showSendCode' };
    case 'verifyCode':
      return { kind: 'showVerifyCode', verificationId: next.verificationId, email: next.email };
    case 'redeemInvitation':
      return { kind: 'showRedeemInvitation' };
    case 'resetPassword':
      return { kind: 'showResetPassword' };
    case 'consent':
      return { kind: 'showConsent', application: next.application, scopes: next.scopes };
    case 'mfa':
      return { kind: 'showMfa', step: next };
    case 'enrollMfa':
      return { kind: 'showEnrollMfa' };
    case 'identityNotLinked':
      return { kind: 'showIdentityNotLinked', step: next };
    default:
      return { kind: 'unsupported' };
  }
}

/** The actions `follow` and the consent buttons dispatch: every flow's reducer handles them. */
export type FollowAction =
  | { type: 'loading' }
  | { type: 'application'; application: Application }
  | { type: 'branding'; branding: Branding }
  | { type: 'showConsent'; application: Application; scopes: string[] }
  | { type: 'busy' }
  /** `rules`: the broken password rules of a `user.weak_password`; `retryAfter`: seconds to wait. */
  | { type: 'failed'; code: string; rules?: string[]; retryAfter?: number }
  | { type: 'redirecting'; denied?: true }
  | MfaAction;

/** The `failed` action for a failed call, with what it says besides its code. */
export function failed({ code, rules, retryAfter }: ApiFailure): FollowAction {
  const action: Extract<FollowAction, { type: 'failed' }> = { type: 'failed', code };
  if (rules) action.rules = rules;
  if (retryAfter !== undefined) action.retryAfter = retryAfter;
  return action;
}

export type Dispatch<A> = (action: A | FollowAction) => void;
export type Cancelled = () => boolean;

/** One reading of the interaction and what follows it, as a flow's automatic steps see it. */
export interface Run<A> {
  deps: FlowDeps;
  dispatch: Dispatch<A>;
  cancelled: Cancelled;
  /** The sign-in experience for the interaction's application, read once per run. */
  experience: () => Promise<ApiResult<SignInExperience>>;
}

/** What makes one flow (sign-in, registration, reset) different from another. */
export interface Flow<A> {
  /** The interaction event the page runs. */
  event: InteractionEvent;
  /** The action showing the page's form for a step that needs the user; undefined when the page has none. */
  show: (directive: Directive, view: InteractionView) => A | undefined;
  /** What the page learns from the sign-in experience, besides the application's display name. */
  experience: (experience: SignInExperience) => A[];
  /**
   * Does a step the page can do without the user in its own way (a captcha before the start,
   * an invitation from the link): resolves when done; undefined leaves the step to `follow`.
   */
  auto?: (directive: Directive, view: InteractionView, run: Run<A>) => Promise<ApiResult<unknown>> | undefined;
  /**
   * When the interaction cannot be read (none is under way): resolves once the page has
   * dispatched what it does about it; undefined shows the failure.
   */
  noInteraction?: (failure: ApiFailure, run: Omit<Run<A>, 'experience'>) => Promise<void> | undefined;
}

// startInteraction -> identify (or invitation) -> submit is the longest automatic chain, and a
// submit refused because the interaction moved (a second factor due) adds one reading; more means a loop.
const MAX_AUTOMATIC_STEPS = 5;

/**
 * Reads the interaction and performs its next steps until one needs the user. `after`: the
 * failure that made the page read it again (`reloads`); one whose code says why
 * (`reloadAndTell`: the second factor came too late) is shown on the step the user lands on.
 */
export async function follow<A>(
  deps: FlowDeps,
  flow: Flow<A>,
  dispatch: Dispatch<A>,
  cancelled: Cancelled,
  first: boolean,
  after?: ApiFailure,
) {
  const { api } = deps;
  let experience: Promise<ApiResult<SignInExperience>> | undefined;
  // One new reading per run: a refusal that comes back after it is shown, not followed round.
  let reloaded = after !== undefined;
  let told = after && errorHandling(after.code) === 'reloadAndTell' ? after : undefined;
  /** Shows a step that needs the user, with the reason for reading the interaction again, once. */
  const land = (action: A | FollowAction) => {
    dispatch(action);
    if (told) dispatch(failed(told));
    told = undefined;
  };
  for (let i = 0; i < MAX_AUTOMATIC_STEPS; i++) {
    const view = await api.getInteraction();
    if (cancelled()) return;
    if (!view.ok) {
      const recovering = i === 0 ? flow.noInteraction?.(view, { deps, dispatch, cancelled }) : undefined;
      return recovering ? recovering : dispatch(failed(view));
    }
    const clientId = view.data.application.clientId;
    const run: Run<A> = {
      deps,
      dispatch,
      cancelled,
      experience: () => (experience ??= api.getSignInExperience(clientId)),
    };
    if (first && i === 0) void describeApplication(run, flow, view.data);

    const directive = directiveFor(view.data, flow.event);
    const automatic = flow.auto?.(directive, view.data, run);
    if (automatic) {
      const done = await automatic;
      if (cancelled()) return;
      if (!done.ok) return dispatch(failed(done));
      continue;
    }
    switch (directive.kind) {
      case 'showConsent':
        return land({ type: 'showConsent', application: directive.application, scopes: directive.scopes });
      case 'submit': {
        const result = await api.submit();
        if (cancelled()) return;
        if (result.ok) {
          dispatch({ type: 'redirecting' });
          return deps.navigate(result.data);
        }
        // The interaction moved under the page (a second factor due, or too late): read it again.
        if (!reloaded && reloads(result.code)) {
          reloaded = true;
          if (errorHandling(result.code) === 'reloadAndTell') told = result;
          continue;
        }
        return dispatch(failed(result));
      }
      case 'showMfa':
        return land({ type: 'showMfa', step: directive.step });
      case 'showEnrollMfa': {
        // The secret comes with the step: the page shows its QR code at once.
        const secret = await api.createTotpSecret();
        if (cancelled()) return;
        return secret.ok ? land({ type: 'showEnrollMfa', secret: secret.data }) : dispatch(failed(secret));
      }
      case 'start':
      case 'identify': {
        const done =
          directive.kind === 'start'
            ? await api.startInteraction(flow.event)
            : directive.linkVerificationId
              ? await api.identify(directive.verificationId, directive.linkVerificationId)
              : await api.identify(directive.verificationId);
        if (cancelled()) return;
        if (!done.ok) return dispatch(failed(done));
        break;
      }
      default: {
        const shown = flow.show(directive, view.data);
        return shown ? land(shown) : dispatch({ type: 'failed', code: UNSUPPORTED_STEP });
      }
    }
  }
  dispatch({ type: 'failed', code: UNSUPPORTED_STEP });
}

async function describeApplication<A>({ deps, dispatch, cancelled, experience }: Run<A>, flow: Flow<A>, view: InteractionView) {
  deps.onInteraction(view);
  dispatch({ type: 'application', application: view.application });
  // The sign-in experience may carry a display name; without it the interaction's is enough.
  // Without it the page offers only what needs no setting (no "remember me", no registration link).
  const exp = await experience();
  if (cancelled() || !exp.ok) return;
  for (const action of flow.experience(exp.data)) dispatch(action);
  dispatch({ type: 'branding', branding: exp.data.branding });
  if (exp.data.application) dispatch({ type: 'application', application: exp.data.application });
}

/** The user allows the application's scopes; what comes next (submit today) is in the interaction. */
export async function allowConsent<A>(deps: FlowDeps, flow: Flow<A>, dispatch: Dispatch<A>) {
  dispatch({ type: 'busy' });
  const allowed = await deps.api.allowConsent();
  if (!allowed.ok && !reloads(allowed.code)) return dispatch(failed(allowed));
  await follow(deps, flow, dispatch, () => false, false, allowed.ok ? undefined : allowed);
}

/** The user refuses: the client learns of it at its redirect URI (error=access_denied). */
export async function denyConsent<A>(deps: FlowDeps, dispatch: Dispatch<A>) {
  dispatch({ type: 'busy' });
  const denied = await deps.api.denyConsent();
  if (!denied.ok) return dispatch(failed(denied));
  dispatch({ type: 'redirecting', denied: true });
  deps.navigate(denied.data);
}
