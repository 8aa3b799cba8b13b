// A small English map: the codes this UI's calls most often meet. Any other code is shown raw,
// after a generic sentence; the code itself is always shown next to the message.
import type { PasswordPolicy } from './api';

const ERRORS: Record<string, string> = {
  'session.not_found': 'No sign-in is under way in this browser. Start again from the application.',
  'session.invalid_credentials': 'The username or the password is wrong.',
  'session.user_disabled': 'This account is disabled.',
  'session.registration_disabled': 'Creating an account is switched off.',
  'session.registration_invitation_only': 'Accounts are created by invitation only.',
  'session.identifier_in_password': 'The password contains the username or the address: change one of the two.',
  'session.verification_not_found': 'This step is out of date. Start again from the application.',
  'session.password_reset_disabled': 'Resetting a password is switched off.',
  'session.consent_required': 'The application needs your consent first.',
  'session.mfa_required': 'A second factor is needed first.',
  'session.mfa_enrollment_required': 'An authenticator app must be set up first.',
  'session.mfa_expired': 'The second factor came too late: sign in again.',
  'mfa.invalid_code': 'This code is not the right one, or was already used.',
  'user.weak_password': 'This password is too weak.',
  'user.invalid_email': 'This is not a valid email address.',
  'user.email_taken': 'This address already has an account: sign in instead.',
  'verification_code.mismatch': 'This code is not the right one.',
  'verification_code.expired': 'This code has expired: ask for a new one.',
  'verification_code.too_many_attempts': 'Too many wrong codes: ask for a new one.',
  'verification_code.superseded': 'A newer code was sent: use that one.',
  'verification_code.used': 'This code was already used.',
  'invitation.not_found': 'This invitation code is not valid.',
  'invitation.expired': 'This invitation has expired.',
  'invitation.used': 'This invitation was already used.',
  'user.username_taken': 'This username is taken.',
  'user.invalid_username': 'This username is not valid.',
  'request.forbidden_origin': 'This page may not call the sign-in server.',
  'rate_limit.exceeded': 'Too many attempts.',
  'ui.network_error': 'The sign-in server cannot be reached.',
  'ui.unexpected_response': 'The sign-in server gave an unexpected answer.',
  'ui.unknown_step': 'This page does not know the next step of the sign-in.',
  'ui.unsupported_step': 'This page cannot do the next step of the sign-in.',
};

export function errorMessage(code: string): string {
  return ERRORS[code] ?? 'Something went wrong.';
}

/** One broken password rule (`details.rules` of `user.weak_password`), in words, using the policy's numbers. */
export function ruleMessage(rule: string, policy: PasswordPolicy | undefined): string {
  switch (rule) {
    case 'password.too_short':
      return policy ? `at least ${policy.minLength} characters` : 'longer';
    case 'password.too_long':
      return policy ? `at most ${policy.maxBytes} bytes` : 'shorter';
    case 'password.needs_lowercase':
      return 'a lowercase letter';
    case 'password.needs_uppercase':
      return 'an uppercase letter';
    case 'password.needs_digit':
      return 'a digit';
    case 'password.needs_non_alphanumeric':
      return 'a character that is neither a letter nor a digit';
    case 'password.too_simple':
      return 'three of: lowercase, uppercase, digit, other character';
    case 'password.too_common':
      return 'not one of the most common passwords';
    case 'password.contains_identifier':
      return 'not containing the username or the address';
    default:
      return rule;
  }
}

/** What a password must be, before the user types one: built from the step's `passwordPolicy`. */
export function passwordHint(policy: PasswordPolicy): string {
  const needs = [`at least ${policy.minLength} characters`];
  if (policy.requireLowercase) needs.push('a lowercase letter');
  if (policy.requireUppercase) needs.push('an uppercase letter');
  if (policy.requireDigit) needs.push('a digit');
  if (policy.requireNonAlphanumeric) needs.push('a character that is neither a letter nor a digit');
  if (policy.threeOfFourClasses) needs.push('three of: lowercase, uppercase, digit, other character');
  const avoid: string[] = [];
  if (policy.rejectsCommon) avoid.push('be a common password');
  if (policy.rejectsIdentifier) avoid.push('contain your username or email');
  const hint = `The password needs ${needs.join(', ')}.`;
  return avoid.length ? `${hint} It must not ${avoid.join(' nor ')}.` : hint;
}
