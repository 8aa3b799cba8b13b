// What every step module gets from the loop (main.ts), and what it gives back.
import type { Client, Interaction, NextStep } from './api';

export type Call<T> = () => Promise<{ data?: T; error?: unknown; response: Response }>;

export interface StepContext {
  /** The typed client, generated from openapi/openapi.json. */
  readonly api: Client;
  /** The interaction as `GET /api/experience/interaction` answered it. */
  readonly interaction: Interaction;
  /**
   * Step 3 of the loop: runs one call with the step's controls disabled. On success runs
   * `onSuccess` (by default the next turn of the loop: step 1 again) and resolves to true; on an
   * error shows it, keeps the step on screen and resolves to false.
   */
  send<T>(run: Call<T>, onSuccess?: (data: T) => Promise<void> | void): Promise<boolean>;
  /** Follows a `redirectTo` with a top-level navigation (never a fetch). */
  follow(redirectTo: string): void;
  /** Step 1 again, when the user says so (after reading what a step showed once). */
  next(): Promise<void>;
}

/** One step of the union, by its `type`. */
export type Step<T extends NextStep['type']> = Extract<NextStep, { type: T }>;

/** A step module: builds the step's view; an automatic step (identify, submit) also sends it at once. */
export type Render<T extends NextStep['type']> = (step: Step<T>, ctx: StepContext) => Node;
