/**
 * The sensitive action a verification was asked for, to take up again after a full page load
 * (a verification at an external provider leaves the page): `section` is the account section's
 * id (`sections.tsx`), `task` what in it, as the section spells it (a two-factor change, the
 * identity to unlink...).
 */
export interface ResumeAction {
  section: string;
  task?: string;
}

/** Only a well-formed one, whatever the storage holds. */
export function asResumeAction(value: unknown): ResumeAction | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { section, task } = value as Record<string, unknown>;
  if (typeof section !== 'string' || !section) return undefined;
  if (task !== undefined && typeof task !== 'string') return undefined;
  return task === undefined ? { section } : { section, task };
}
