import { useState } from 'react';

/** A new password typed twice; the mismatch shows only after a submit, not while typing. */
export function useConfirmedPassword() {
  const [password, setPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [mismatch, setMismatch] = useState(false);

  /** Whether the two agree; flags the mismatch when they do not. */
  function confirmed(): boolean {
    setMismatch(password !== confirmation);
    return password === confirmation;
  }

  return { password, setPassword, confirmation, setConfirmation, mismatch, confirmed };
}
