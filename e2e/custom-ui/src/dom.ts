// A few DOM helpers: enough to build small forms without a framework.

export type Child = Node | string | null | undefined | false;
export type Attrs = Record<string, string | boolean | undefined>;

/** `h('p', {class: 'hint'}, 'text')`: an element with attributes (false/undefined left out) and children. */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    el.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child);
  }
  return el;
}

let idCounter = 0;

export interface Field {
  input: HTMLInputElement;
  node: HTMLElement;
}

/** A labelled input: the label's `for` names the input, so tests and screen readers find it by its label. */
export function field(label: string, input: Attrs, hint?: HTMLElement): Field {
  const id = `field-${++idCounter}`;
  const el = h('input', { id, ...input, 'aria-describedby': hint ? `${id}-hint` : undefined });
  if (hint) hint.id = `${id}-hint`;
  return { input: el, node: h('div', {}, h('label', { for: id }, label), ' ', el, hint) };
}

/** A form of `fields` and one submit button; `onSubmit` runs without the page reloading. */
export function form(attrs: Attrs, fields: Child[], button: string, onSubmit: () => void): HTMLFormElement {
  const el = h('form', attrs, ...fields, h('button', { type: 'submit' }, button));
  el.addEventListener('submit', (event) => {
    event.preventDefault();
    onSubmit();
  });
  return el;
}

/** A plain button that runs `onClick`. */
export function button(label: string, onClick: () => void, attrs: Attrs = {}): HTMLButtonElement {
  const el = h('button', { type: 'button', ...attrs }, label);
  el.addEventListener('click', onClick);
  return el;
}
