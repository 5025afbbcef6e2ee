import type { MessageInitShape } from "@bufbuild/protobuf";
import type { MessageEntity, MessageEntitySchema } from "../../../gen/osmium/client/types_pb.js";
import { shape_types_MessageEntity } from "../../../gen/osmium/request_shapes.js";
import { buildRequest } from "../../protocol/request-build.js";
import { cloneMessage } from "../clone.js";
import { codePointLength } from "./code-points.js";

/** The kind of a `MessageEntity`: the name of its `entity` oneof case, e.g. `"bold"` or `"textUrl"`. */
export type EntityKind = NonNullable<MessageEntity["entity"]["case"]>;

/** The `entity` oneof of a `MessageEntity`, in the form `create()` accepts. */
export type EntityValueInit = NonNullable<MessageInitShape<typeof MessageEntitySchema>["entity"]>;

/**
 * Kinds that are pure styling, written as a pair of identical markers in markdown. Two of the same
 * kind that overlap or touch mean the same as one covering both, so they are merged.
 */
const TOGGLE_KINDS: ReadonlySet<EntityKind> = new Set(["bold", "italic", "underline", "strikethrough", "spoiler"]);

// Proto field order, so that equal ranges sort the same way everywhere.
const KIND_RANK: Record<EntityKind, number> = {
  bold: 3,
  italic: 4,
  underline: 5,
  strikethrough: 6,
  code: 7,
  url: 8,
  spoiler: 9,
  pre: 10,
  textUrl: 11,
  customEmoji: 12,
  userMention: 13,
  username: 14,
};

/**
 * Builds a generated `MessageEntity` from a code point range and its kind.
 *
 * @example
 * ```ts
 * makeEntity(0, 5, { case: "textUrl", value: { url: "https://x.dev" } });
 * ```
 */
export function makeEntity(startIndex: number, length: number, entity: EntityValueInit): MessageEntity {
  return buildRequest(shape_types_MessageEntity, { startIndex, length, entity }) as MessageEntity;
}

/** The end (exclusive) of an entity, in code points: `entityEnd(makeEntity(2, 3, bold))` is 5. */
export function entityEnd(entity: MessageEntity): number {
  return entity.startIndex + entity.length;
}

/**
 * Orders entities by start, then longest first (so an enclosing entity comes before what it
 * encloses), then by kind and payload, so that equal sets always list in the same order.
 *
 * @example
 * ```ts
 * entities.sort(compareEntities);
 * ```
 */
export function compareEntities(a: MessageEntity, b: MessageEntity): number {
  if (a.startIndex !== b.startIndex) return a.startIndex - b.startIndex;
  if (a.length !== b.length) return b.length - a.length;
  const ka = a.entity.case;
  const kb = b.entity.case;
  const rank = (ka ? KIND_RANK[ka] : 0) - (kb ? KIND_RANK[kb] : 0);
  if (rank !== 0) return rank;
  const pa = payloadKey(a);
  const pb = payloadKey(b);
  return pa < pb ? -1 : pa > pb ? 1 : 0;
}

/**
 * Returns a canonical copy of a message's entities: entities with no kind, or empty after
 * clamping to the text, are dropped; overlapping or touching entities of the same styling kind
 * (bold, italic, underline, strikethrough, spoiler) are merged; the result is sorted with
 * {@link compareEntities}. The input is not modified.
 *
 * Two entity lists that render the same way normalize to equal lists, which makes this the
 * right thing to compare in tests.
 *
 * @example
 * ```ts
 * const bold = { case: "bold", value: true } as const;
 * normalizeEntities("abcd", [makeEntity(2, 2, bold), makeEntity(0, 2, bold)]);
 * // [one bold entity: startIndex 0, length 4]
 * ```
 */
export function normalizeEntities(message: string, entities: readonly MessageEntity[]): MessageEntity[] {
  const total = codePointLength(message);
  const kept: MessageEntity[] = [];
  const toggles = new Map<EntityKind, MessageEntity[]>();
  for (const entity of entities) {
    const kind = entity.entity.case;
    if (kind === undefined) continue;
    const start = Math.min(entity.startIndex, total);
    const end = Math.min(start + entity.length, total);
    if (end <= start) continue;
    const copy = cloneMessage(entity);
    copy.startIndex = start;
    copy.length = end - start;
    if (TOGGLE_KINDS.has(kind)) {
      const list = toggles.get(kind) ?? [];
      list.push(copy);
      toggles.set(kind, list);
    } else {
      kept.push(copy);
    }
  }
  // A loop, not push(...list): a list of a few hundred thousand entities overflows the call stack.
  for (const list of toggles.values()) for (const entity of mergeRanges(list)) kept.push(entity);
  return kept.sort(compareEntities);
}

// Merges entities of one kind whose ranges overlap or touch.
function mergeRanges(list: MessageEntity[]): MessageEntity[] {
  list.sort((a, b) => a.startIndex - b.startIndex);
  const merged: MessageEntity[] = [];
  for (const entity of list) {
    const last = merged[merged.length - 1];
    if (last && entity.startIndex <= entityEnd(last)) {
      last.length = Math.max(entityEnd(last), entityEnd(entity)) - last.startIndex;
    } else {
      merged.push(entity);
    }
  }
  return merged;
}

function payloadKey(entity: MessageEntity): string {
  const e = entity.entity;
  switch (e.case) {
    case "textUrl":
      return e.value.url;
    case "pre":
      return e.value.language ?? "";
    case "customEmoji":
      return e.value.emojiId.toString();
    default:
      return "";
  }
}
