// The error panel: an English sentence, the code, and what `details` says for the codes that have any.
import type { ErrorBody, PasswordPolicy } from './api';
import { h, type Child } from './dom';
import { errorMessage, ruleMessage } from './messages';

export function errorPanel(error: ErrorBody): HTMLElement {
  const code = String(error.code);
  const parts: Child[] = [
    h('p', { 'data-testid': 'error-message' }, errorMessage(code)),
    h('p', {}, 'Code: ', h('code', { 'data-testid': 'error-code' }, code)),
  ];
  const details = (error.details ?? {}) as Record<string, unknown>;
  if (code === 'user.weak_password') {
    const policy = details.policy as PasswordPolicy | undefined;
    const rules = Array.isArray(details.rules) ? details.rules.map(String) : [];
    parts.push(
      h('p', {}, 'It needs:'),
      h(
        'ul',
        { 'data-testid': 'broken-rules' },
        ...rules.map((rule) => h('li', { 'data-rule': rule }, `${ruleMessage(rule, policy)} (${rule})`)),
      ),
    );
    if (policy) {
      parts.push(h('p', { 'data-testid': 'min-length' }, `A password has at least ${policy.minLength} characters.`));
    }
  }
  if (code === 'rate_limit.exceeded' && typeof details.retryAfter === 'number') {
    parts.push(h('p', { 'data-testid': 'retry-after' }, `Try again in ${details.retryAfter} seconds.`));
  }
  return h('div', { 'data-testid': 'error', role: 'alert' }, ...parts);
}
