// Whether a message mentions the bot. The protocol's mention entities carry no user id (the span's
// text names the user), so the span is compared with the bot's username, name and id, the way the
// reference server resolves mentions; a plain "@username" typed without an entity counts too.
import { type Message, type User, sliceCodePoints } from "../index.js";

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** True when `message` mentions `me`: a `username` or `userMention` entity naming it, or `@username` in the text. */
export function mentions(message: Message, me: User | undefined): boolean {
  if (me === undefined) return false;
  const username = me.username?.toLowerCase();
  const names = new Set([String(me.id), me.name.toLowerCase(), ...(username ? [username] : [])]);
  for (const entity of message.entities) {
    const kind = entity.entity.case;
    if (kind !== "username" && kind !== "userMention") continue;
    const span = sliceCodePoints(message.message, entity.startIndex, entity.length).trim().replace(/^@/, "").toLowerCase();
    if (kind === "username" ? span === username : names.has(span)) return true;
  }
  if (!username) return false;
  // "@name" as a word of its own: not part of an e-mail address or of a longer username.
  return new RegExp(`(?:^|[^\\p{L}\\p{N}_@.])@${escapeRegExp(username)}(?![\\p{L}\\p{N}_])`, "iu").test(message.message);
}
