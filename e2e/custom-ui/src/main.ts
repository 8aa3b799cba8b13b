// A sign-in UI driven by the Experience API alone (docs/custom-ui.md, "The loop"):
//   1. GET /api/experience/interaction;
//   2. render nextSteps[0] by its `type` (steps/index.ts, one module per step);
//   3. send what the user typed; on success go to 1, on an error show its code and stay.
import { call, gatehouseBaseUrl, makeClient, uiError, type Client, type ErrorBody, type Interaction } from './api';
import { h } from './dom';
import { errorPanel } from './errors';
import type { Call, StepContext } from './step';
import { renderStep } from './steps/index';

class App {
  private readonly application = h('p', { 'data-testid': 'application' });
  private readonly errorSlot = h('div', { 'data-testid': 'error-slot' });
  private readonly stepSlot = h('div', { 'data-testid': 'step' });
  private busy = false;

  constructor(
    root: HTMLElement,
    private readonly api: Client,
  ) {
    root.replaceChildren(h('h1', {}, 'Sign in'), this.application, this.errorSlot, this.stepSlot);
  }

  /** Step 1 of the loop. */
  async refresh(): Promise<void> {
    const got = await call(() => this.api.GET('/api/experience/interaction'));
    if (!got.ok) {
      delete this.stepSlot.dataset.step;
      this.stepSlot.replaceChildren();
      this.showError(got.error);
      return;
    }
    this.render(got.data);
  }

  /** Step 2: nextSteps[0], and nothing else. */
  private render(interaction: Interaction) {
    this.clearError();
    this.application.textContent = `to continue to ${interaction.application.name}`;
    const step = interaction.nextSteps[0];
    const ctx: StepContext = {
      api: this.api,
      interaction,
      send: (run, onSuccess) => this.send(run, onSuccess),
      follow: (redirectTo) => window.location.assign(redirectTo),
      next: () => this.refresh(),
    };
    const view = step ? renderStep(step, ctx) : null;
    if (!step || !view) {
      // No step, or a type newer than the document this UI was built from: a generic error, never a loop.
      const type = step ? String((step as { type?: unknown }).type) : '(none)';
      delete this.stepSlot.dataset.step;
      this.stepSlot.replaceChildren();
      this.showError(uiError('ui.unknown_step', `unknown step type ${type}`));
      return;
    }
    this.stepSlot.dataset.step = step.type;
    this.stepSlot.replaceChildren(view);
    this.stepSlot.querySelector<HTMLInputElement>('input')?.focus();
  }

  /** Step 3: one call with the step's controls disabled; on success `onSuccess` (by default step 1). */
  private async send<T>(run: Call<T>, onSuccess: (data: T) => Promise<void> | void = () => this.refresh()): Promise<boolean> {
    if (this.busy) return false;
    this.busy = true;
    this.setDisabled(true);
    let outcome;
    try {
      outcome = await call(run);
    } finally {
      // Released before onSuccess, which renders the next step and may send it at once (identify, submit).
      this.busy = false;
      this.setDisabled(false);
    }
    if (!outcome.ok) {
      this.showError(outcome.error);
      return false;
    }
    this.clearError();
    await onSuccess(outcome.data);
    return true;
  }

  private setDisabled(disabled: boolean) {
    this.stepSlot.querySelectorAll<HTMLButtonElement | HTMLInputElement>('button, input').forEach((el) => {
      el.disabled = disabled;
    });
  }

  private clearError() {
    this.errorSlot.replaceChildren();
  }

  private showError(error: ErrorBody) {
    this.errorSlot.replaceChildren(errorPanel(error));
  }
}

function start() {
  const root = document.getElementById('app');
  if (!root) return;
  let baseUrl: string;
  try {
    baseUrl = gatehouseBaseUrl();
  } catch (e) {
    root.replaceChildren(h('div', { 'data-testid': 'error', role: 'alert' }, String(e)));
    return;
  }
  void new App(root, makeClient(baseUrl)).refresh();
}

start();
