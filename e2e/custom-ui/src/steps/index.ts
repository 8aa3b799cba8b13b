// Step 2 of the loop: `nextSteps[0]`, by its `type`, to the module that renders it.
import type { NextStep } from '../api';
import type { StepContext } from '../step';
import { renderIdentify, renderSubmit } from './automatic';
import { renderSendCode, renderVerifyCode } from './code';
import { renderConsent } from './consent';
import { renderRedeemInvitation } from './invitation';
import { renderEnrollMfa, renderMfa } from './mfa';
import { renderProfile } from './profile';
import { renderResetPassword } from './reset-password';
import { renderStart } from './start';
import { renderVerifyPassword } from './verify-password';

/** The step's view, or null for a `type` newer than the document this UI was built from. */
export function renderStep(step: NextStep, ctx: StepContext): Node | null {
  switch (step.type) {
    case 'startInteraction':
      return renderStart(step, ctx);
    case 'verifyPassword':
      return renderVerifyPassword(step, ctx);
    case 'identify':
      return renderIdentify(step, ctx);
    case 'profile':
      return renderProfile(step, ctx);
    case 'sendVerificationCode':
      return renderSendCode(step, ctx);
    case 'verifyCode':
      return renderVerifyCode(step, ctx);
    case 'redeemInvitation':
      return renderRedeemInvitation(step, ctx);
    case 'resetPassword':
      return renderResetPassword(step, ctx);
    case 'consent':
      return renderConsent(step, ctx);
    case 'mfa':
      return renderMfa(step, ctx);
    case 'enrollMfa':
      return renderEnrollMfa(step, ctx);
    case 'submit':
      return renderSubmit(step, ctx);
    case 'identityNotLinked':
      // This UI offers no external provider (no connectors in its tests), so it never starts
      // the verification this step follows: shown as a step it does not know.
      return null;
    default: {
      const unknown: never = step;
      void unknown;
      return null;
    }
  }
}
