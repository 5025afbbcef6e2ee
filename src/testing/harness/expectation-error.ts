import type { Message } from "../../index.js";

/**
 * ExpectationError fails a harness expectation: the bot did not answer in time, or answered
 * something else. Its message says what was expected and what the bot did say, in this chat and
 * elsewhere, so a failing test explains itself.
 */
export class ExpectationError extends Error {
  /** Always `"expectation_failed"`. */
  readonly code = "expectation_failed";
  /** What the bot said in the conversation that did not meet the expectation (empty when it said nothing). */
  readonly said: readonly Message[];
  /** What the bot said in other chats meanwhile. */
  readonly elsewhere: readonly Message[];

  /** Creates the error; `message` is the whole explanation. */
  constructor(message: string, said: readonly Message[] = [], elsewhere: readonly Message[] = []) {
    super(message);
    this.name = "ExpectationError";
    this.said = said;
    this.elsewhere = elsewhere;
  }
}
