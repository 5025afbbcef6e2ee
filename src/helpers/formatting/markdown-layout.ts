//
// Decides what toMarkdown writes where, before any text is escaped: which entities become
// literal spans (code, code blocks, autolinks, mentions), how styling that cuts into such a span
// is widened, and how overlapping links are split so that brackets nest.
//

import type { MessageEntity } from "../../../gen/osmium/client/types_pb.js";
import { compareEntities, entityEnd, makeEntity, normalizeEntities } from "./entities.js";
import { AUTOLINK_BODY, MENTION_BODY, TOGGLE_MARKERS } from "./markdown-syntax.js";

/**
 * Picks the entities written as literal spans: code, code blocks, autolinks (a `url` with a
 * scheme) and mentions (a `username` that reads back as one). First come first served where they
 * overlap; the others are dropped.
 */
export function pickAtoms(chars: string[], entities: MessageEntity[]): MessageEntity[] {
  const atoms: MessageEntity[] = [];
  let free = 0;
  for (const entity of entities) {
    if (entity.startIndex < free) continue;
    const body = () => chars.slice(entity.startIndex, entityEnd(entity)).join("");
    const kind = entity.entity.case;
    const ok =
      kind === "code" ||
      kind === "pre" ||
      (kind === "url" && AUTOLINK_BODY.test(body())) ||
      (kind === "username" && MENTION_BODY.test(body()));
    if (ok) {
      atoms.push(entity);
      free = entityEnd(entity);
    }
  }
  return atoms;
}

/**
 * Returns the styling and link entities to write as markers: those that start or end inside a
 * literal span widened to the whole span, then links split so that they nest, since
 * "[a [b](x) c](y)" is the only way brackets pair. Sorted with `compareEntities`.
 */
export function widenAroundAtoms(message: string, atoms: MessageEntity[], entities: MessageEntity[]): MessageEntity[] {
  const widened: MessageEntity[] = [];
  for (const entity of entities) {
    const kind = entity.entity.case;
    if (kind !== "textUrl" && !(kind !== undefined && kind in TOGGLE_MARKERS)) continue;
    let start = entity.startIndex;
    let end = entityEnd(entity);
    const atStart = atomAround(atoms, start);
    if (atStart && atStart.startIndex < start) start = atStart.startIndex;
    const atEnd = atomAround(atoms, end);
    if (atEnd && atEnd.startIndex < end) end = entityEnd(atEnd);
    widened.push(makeEntity(start, end - start, entity.entity));
  }
  return nestLinks(normalizeEntities(message, widened)).sort(compareEntities);
}

// The atom whose span holds `position` strictly before its end, by binary search: atoms are
// sorted and never overlap (pickAtoms), and a linear search per entity was quadratic.
function atomAround(atoms: MessageEntity[], position: number): MessageEntity | undefined {
  let low = 0;
  let high = atoms.length - 1;
  while (low <= high) {
    const mid = (low + high) >>> 1;
    const atom = atoms[mid] as MessageEntity;
    if (entityEnd(atom) <= position) low = mid + 1;
    else if (atom.startIndex > position) high = mid - 1;
    else return atom;
  }
  return undefined;
}

function nestLinks(entities: MessageEntity[]): MessageEntity[] {
  const result = entities.filter((e) => e.entity.case !== "textUrl");
  const queue = entities.filter((e) => e.entity.case === "textUrl");
  const stack: MessageEntity[] = [];
  while (queue.length > 0) {
    const link = queue.shift() as MessageEntity;
    while (stack.length > 0 && entityEnd(stack[stack.length - 1] as MessageEntity) <= link.startIndex) stack.pop();
    const top = stack[stack.length - 1];
    let piece = link;
    if (top && entityEnd(link) > entityEnd(top)) {
      // Overlaps the enclosing link's end: keep the part inside, queue the rest.
      piece = makeEntity(link.startIndex, entityEnd(top) - link.startIndex, link.entity);
      const rest = makeEntity(entityEnd(top), entityEnd(link) - entityEnd(top), link.entity);
      const at = queue.findIndex((q) => q.startIndex > rest.startIndex || (q.startIndex === rest.startIndex && q.length < rest.length));
      queue.splice(at === -1 ? queue.length : at, 0, rest);
    }
    stack.push(piece);
    result.push(piece);
  }
  return result;
}

/** The list stored under `key`, created empty if missing. */
export function listAt<T>(map: Map<number, T[]>, key: number): T[] {
  let list = map.get(key);
  if (!list) {
    list = [];
    map.set(key, list);
  }
  return list;
}
