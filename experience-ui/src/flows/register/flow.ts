import { NETWORK_ERROR, type InteractionView } from '../../api/experience';
import { failed, type Directive, type Flow } from '../interaction';
import { forgetInvitation, keepPendingInvitation, redeemAndIdentify } from './invitation';
import { startRegistration } from './start';
import type { RegisterAction } from './state';

/** The registration form for a step that needs the user. */
export function showRegisterStep(directive: Directive, view: InteractionView): RegisterAction | undefined {
  switch (directive.kind) {
    case 'showProfile':
      return { type: 'showProfile', missing: directive.missing, identifierTypes: directive.identifierTypes, profile: view.profile };
    case 'showSendCode':
      return { type: 'showEmail' };
    case 'showVerifyCode':
      return { type: 'showCode', email: directive.email, verificationId: directive.verificationId };
    case 'showRedeemInvitation':
      return { type: 'showInvitation' };
    default:
      return undefined;
  }
}

/** What the server answers when no interaction is under way. */
const NO_INTERACTION = 'session.not_found';

/**
 * The registration, given the invitation code of the link the page was opened with, or else the
 * one kept while its application started a sign-in, if any: a fresh registration redeems it
 * (then forgets it, in the address bar too) before anything else.
 */
export function registerFlow(fromLink?: string, kept?: string): Flow<RegisterAction> {
  let pending = fromLink ?? kept;
  const forget = () => {
    pending = undefined;
    forgetInvitation();
  };
  return {
    event: 'Register',
    show: showRegisterStep,
    // Besides the application's display name: the providers an account may be created with.
    experience: (exp) => [{ type: 'connectors', connectors: exp.signIn.connectors }],
    auto: (directive, view, run) => {
      if (directive.kind === 'start') return startRegistration(run);
      if (pending === undefined) return undefined;
      if (view.profile.invited) {
        forget();
        return undefined;
      }
      // Anything but a registration waiting for its identifier starts a clean one first.
      if (directive.kind !== 'showProfile' && directive.kind !== 'showRedeemInvitation') return startRegistration(run);
      const code = pending;
      return redeemAndIdentify(run.deps.api, code).then((result) => {
        // Kept for "Try again" only when the server could not be reached.
        if (result.ok || result.code !== NETWORK_ERROR) forget();
        return result;
      });
    },
    // A link opened straight from the mail: the invitation's application starts the sign-in
    // (its login initiation endpoint), and the code waits in this tab for the page's return.
    noInteraction: (failure, { deps, dispatch, cancelled }) => {
      // Only a link goes through the application: a kept code that finds no sign-in has done so.
      if (fromLink === undefined || pending === undefined || failure.code !== NO_INTERACTION) return undefined;
      const code = pending;
      return deps.api.invitationLoginInitiation(code).then((started) => {
        if (cancelled()) return;
        if (!started.ok) {
          // Without an application to go through, the page says to start there, as without a link.
          return dispatch(failed(started.code === 'invitation.no_application' ? failure : started));
        }
        forget();
        keepPendingInvitation(code);
        dispatch({ type: 'redirecting' });
        deps.navigate(started.data);
      });
    },
  };
}
