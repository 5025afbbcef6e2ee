// What message helpers accept as text: a plain string, or `{ message, entities }` from the
// formatting helpers (`fmt`, `parseMarkdown`, ...).
import type { MessageEntity } from "../../gen/osmium/client/types_pb.js";
import { InvalidArgumentError } from "../errors.js";
import type { FormattedText } from "./formatting/builder.js";

/** Text for a message: plain (sent without entities) or formatted. */
export type MessageContent = string | FormattedText;

/** Splits content into the `message` and `entities` fields of a request (internal). */
export function contentOf(content: MessageContent, argument = "text"): { message: string; entities: MessageEntity[] } {
  if (typeof content === "string") return { message: content, entities: [] };
  if (typeof content === "object" && content !== null && typeof content.message === "string" && Array.isArray(content.entities)) {
    return { message: content.message, entities: content.entities };
  }
  throw new InvalidArgumentError(argument, "must be a string or formatted text ({ message, entities })");
}
