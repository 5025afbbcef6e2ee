// The contract between the Node-side browser tests and the bundles they run in the page.
// Types only: both sides import it, neither ships it.

/** Where a browser-side case connects, and with which token. */
export interface CaseContext {
  readonly url: string;
  readonly token: string;
}

/** A thrown value as the tests assert on it: name, code, message, the subclass's own fields. */
export interface ErrorSummary {
  readonly name: string;
  readonly message: string;
  readonly code?: string;
  /** The SDK classes it is an instance of, most specific first. */
  readonly classes: string[];
  readonly [field: string]: unknown;
}

/** A settled promise: its value or its error. */
export type Outcome = { readonly value: unknown } | { readonly error: ErrorSummary };

/** A golden vector as the fixture holds it. */
export interface VectorJson {
  readonly type: string;
  readonly binary: string;
  readonly json: unknown;
}

/** What `window` offers the Node side once the bundles loaded. */
export interface HarnessWindow {
  /** Transport and connection cases, by name. */
  core: Record<string, (context: CaseContext) => Promise<unknown>>;
  codec: {
    /** Decodes each vector (JSON form, re-encoding, encoding from JSON) with the generated schemas. */
    roundTrip(vectors: VectorJson[]): Array<{ json: unknown; reencoded: string; fromJson: string }>;
    /** Sends each ClientMessage (JSON) through `client.call`, in order; returns each call's error code or "ok". */
    sendRequests(context: CaseContext, requests: unknown[]): Promise<string[]>;
    /** Connects, asks Node to send `count` frames, and returns the updates and unmatched results seen (JSON). */
    receiveFrames(context: CaseContext, count: number): Promise<unknown[]>;
  };
  /** Node's side of a case: `page.exposeFunction("nodeControl", ...)`. */
  nodeControl(action: string): Promise<void>;
}
