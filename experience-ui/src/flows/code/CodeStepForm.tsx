import { CodeForm } from './CodeForm';
import { sentFor, type CodeStep, type SentCode } from './state';

interface CodeFlow {
  verify: (email: string, verificationId: string, code: string) => unknown;
  send: (email: string) => unknown;
  changeEmail: () => void;
}

/** A flow's code step: the form, wired to the flow's verify, resend and change of address. */
export function CodeStepForm({ step, sent, flow, sentKey }: { step: CodeStep; sent?: SentCode; flow: CodeFlow; sentKey?: string }) {
  return (
    <CodeForm
      key={step.verificationId}
      email={step.email}
      sentKey={sentKey}
      {...sentFor(sent, step)}
      busy={step.busy}
      error={step.error}
      retryAfter={step.retryAfter}
      onVerify={(code) => void flow.verify(step.email, step.verificationId, code)}
      onResend={() => void flow.send(step.email)}
      onChangeEmail={flow.changeEmail}
    />
  );
}
