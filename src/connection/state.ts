/**
 * The client's connection state.
 *
 * `idle` (never connected) → `connecting` (transport opening) → `handshaking` (initialize, authorize)
 * → `ready`; after an unexpected close → `reconnecting` (waiting out the backoff) → `connecting` ...;
 * `closed` after `close()`, a refused token, or when reconnecting gave up. `connect()` leaves `idle`
 * and `closed`.
 */
export type ConnectionState = "idle" | "connecting" | "handshaking" | "ready" | "reconnecting" | "closed";
