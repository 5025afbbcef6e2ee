// Browser niceties: reconnect at once when the network returns, and check the socket when the page
// becomes visible again (a socket can die silently while a tab sleeps). Only where the globals
// exist, so Node and workers without `document` are untouched.

/** What the connection does on network and visibility changes. */
export interface NetworkHandlers {
  online(): void;
  offline(): void;
  visible(): void;
}

interface EventTargetLike {
  addEventListener(type: string, listener: () => void): void;
  removeEventListener(type: string, listener: () => void): void;
}

function asTarget(value: unknown): EventTargetLike | undefined {
  if (typeof value !== "object" && typeof value !== "function") return undefined;
  const target = value as Partial<EventTargetLike> | null;
  return typeof target?.addEventListener === "function" && typeof target.removeEventListener === "function"
    ? (target as EventTargetLike)
    : undefined;
}

/** Installs the listeners; the returned function removes exactly what was installed. */
export function watchNetwork(handlers: NetworkHandlers): () => void {
  const global = asTarget(globalThis);
  const doc = asTarget((globalThis as { document?: unknown }).document);
  const online = (): void => handlers.online();
  const offline = (): void => handlers.offline();
  const visibility = (): void => {
    if ((doc as { visibilityState?: string } | undefined)?.visibilityState !== "hidden") handlers.visible();
  };
  // Keep the remove functions found now: the listeners must come off the targets they went on.
  const removeGlobal = global?.removeEventListener.bind(global);
  const removeDoc = doc?.removeEventListener.bind(doc);
  global?.addEventListener("online", online);
  global?.addEventListener("offline", offline);
  doc?.addEventListener("visibilitychange", visibility);
  return () => {
    removeGlobal?.("online", online);
    removeGlobal?.("offline", offline);
    removeDoc?.("visibilitychange", visibility);
  };
}
