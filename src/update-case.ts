// The update cases of `osmium-chat/updates` (gen/osmium/update_cases.ts), as a client's `updates`
// option takes them: a client decodes the update cases it is given, and a bundle keeps only the
// decoders of the cases an app imports.
import { type CaseDecoder, cases_updates_Update_update, onUse_updates_Update_update, useCase } from "../gen/osmium/fast_codec.js";
import { InvalidArgumentError } from "./errors.js";
import type { UpdateCase } from "./events.js";

/** One `Update` case from `osmium-chat/updates` (`messageCreated`, ...): what decodes it, by its event name. */
export type UpdateCaseDecoder<C extends UpdateCase = UpdateCase> = CaseDecoder & { readonly case: C };

/** Makes server frames decode the given update cases from now on; throws InvalidArgumentError naming a bad one. */
export function expectUpdates(updates: readonly UpdateCaseDecoder[] | undefined): void {
  if (updates === undefined) return;
  if (!Array.isArray(updates)) throw new InvalidArgumentError("updates", 'must be an array of update cases from "osmium-chat/updates"');
  updates.forEach((c: unknown, i) => {
    if ((c as Partial<CaseDecoder> | null)?.table !== onUse_updates_Update_update) {
      throw new InvalidArgumentError(`updates[${i}]`, 'must be an update case from "osmium-chat/updates" (e.g. messageCreated)');
    }
  });
  for (const c of updates) useCase(c);
}

/** Makes server frames decode every `Update` case from now on (a client that emits any event). */
export function expectEveryUpdate(): void {
  for (const c of cases_updates_Update_update) useCase(c);
}
