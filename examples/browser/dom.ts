// Tiny DOM helpers, so the rest of the example reads as what it does rather than how.

/** The element with `id`; throws when the page lacks it (index.html and this code ship together). */
export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`index.html has no #${id}`);
  return element as T;
}

/** Creates an element with a class name and children (strings become text, never HTML). */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, className = "", ...children: Array<Node | string>): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (className) element.className = className;
  element.append(...children);
  return element;
}

/** Shows a one-line notice under the header (connection news, errors). */
export function notify(text: string): void {
  byId("notice").textContent = text;
}

/** The message of anything thrown, for showing to the user. */
export function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
