import type { MessageEntity } from "../../gen/osmium/client/types_pb.js";

/** An entity as a short tuple for exact assertions: [kind, start, length, payload?]. */
export type EntitySummary = [string, number, number] | [string, number, number, string];

/** Summarizes entities in their given order, payload included for textUrl, pre and customEmoji. */
export function summarize(entities: readonly MessageEntity[]): EntitySummary[] {
  return entities.map((entity) => {
    const e = entity.entity;
    const head: [string, number, number] = [e.case ?? "none", entity.startIndex, entity.length];
    switch (e.case) {
      case "textUrl":
        return [...head, e.value.url];
      case "pre":
        return e.value.language === undefined ? head : [...head, e.value.language];
      case "customEmoji":
        return [...head, e.value.emojiId.toString()];
      default:
        return head;
    }
  });
}
