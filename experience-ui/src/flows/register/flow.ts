import { NETWORK_ERROR, type InteractionView } from '../../api/experience';
import type { Directive, Flow } from '../interaction';
import { forgetInvitationInUrl, redeemAndIdentify } from './invitation';
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

/**
 * The registration, given the invitation code of the link the page was opened with, if any:
 * a fresh registration redeems it (then forgets it, in the address bar too) before anything else.
 */
export function registerFlow(invitation?: string): Flow<RegisterAction> {
  let pending = invitation;
  const forget = () => {
    pending = undefined;
    forgetInvitationInUrl();
  };
  return {
    event: 'Register',
    show: showRegisterStep,
    // The application's display name is all this page takes from the sign-in experience.
    experience: () => [],
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
  };
}
