import { useState } from 'react';
import { VERIFICATION_NOT_FOUND, VERIFICATION_REQUIRED, type Verification } from './api/accountApi';
import { useAccount } from './context';

/** Where a sensitive action is: not started, proving identity, or filling in its form. */
export type Stage = 'closed' | 'verify' | 'form';

/**
 * A sensitive action (change the email or the password, delete the account): it starts with a
 * verification unless a proof is still valid, and asks again when the server refuses the proof.
 */
export type SensitiveAction = ReturnType<typeof useSensitiveAction>;

export function useSensitiveAction() {
  const { proof } = useAccount();
  const [stage, setStage] = useState<Stage>('closed');
  /** The last proof was refused: the verification step says why it is shown again. */
  const [expired, setExpired] = useState(false);

  return {
    stage,
    expired,
    open() {
      setExpired(false);
      setStage(proof.current() ? 'form' : 'verify');
    },
    verified(verification: Verification) {
      proof.keep(verification);
      setExpired(false);
      setStage('form');
    },
    /** The proof to send; undefined (and back to the verification) if it has just expired. */
    proofId(): string | undefined {
      const current = proof.current();
      if (!current) {
        setExpired(true);
        setStage('verify');
      }
      return current?.verificationId;
    },
    /** Whether `code` refused the proof; if so, back to the verification. */
    refused(code: string): boolean {
      if (code !== VERIFICATION_REQUIRED && code !== VERIFICATION_NOT_FOUND) return false;
      proof.drop();
      setExpired(true);
      setStage('verify');
      return true;
    },
    close() {
      setStage('closed');
    },
  };
}
