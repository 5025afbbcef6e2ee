// Waiting for update events in tests, without sleeping.
import type { OsmiumClient, UpdateCase, UpdatePayload } from "../../../src/index.js";

/** Resolves with the next `event` that `accept` takes (every one by default); register it before acting. */
export function nextEvent<C extends UpdateCase>(client: OsmiumClient, event: C, accept: (payload: UpdatePayload<C>) => boolean = () => true): Promise<UpdatePayload<C>> {
  return new Promise((resolve) => {
    const listener = ((payload: UpdatePayload<C>) => {
      if (!accept(payload)) return;
      client.off(event, listener as never);
      resolve(payload as never);
    }) as never;
    client.on(event, listener);
  });
}

/** Every payload of `event` from now on, in order. */
export function record<C extends UpdateCase>(client: OsmiumClient, event: C): UpdatePayload<C>[] {
  const seen: UpdatePayload<C>[] = [];
  client.on(event, ((payload: UpdatePayload<C>) => seen.push(payload)) as never);
  return seen;
}
