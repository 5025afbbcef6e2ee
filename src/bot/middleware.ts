// Middleware: functions of (ctx, next) run in the order they were added. `next()` runs the rest of
// the chain and resolves when it is done, so code after `await next()` sees its outcome (timing,
// error handling). Calling it twice would run the rest twice: that throws instead.
import { InvalidArgumentError, MiddlewareError } from "../index.js";
import { trackerOf } from "./tracking.js";

/** Runs the rest of the chain; resolves when it finished. Call it at most once per middleware. */
export type NextFunction = () => Promise<void>;

/** A middleware function: do something with `ctx`, then `await next()` to pass the update on (or not). */
export type MiddlewareFn<C> = (ctx: C, next: NextFunction) => unknown;

/** Anything with a `middleware()` method, such as a {@link Composer}. */
export interface MiddlewareObj<C> {
  /** Returns the function that runs it. */
  middleware(): MiddlewareFn<C>;
}

/** A middleware function, or an object that provides one (a {@link Composer}). */
export type Middleware<C> = MiddlewareFn<C> | MiddlewareObj<C>;

/** The function behind `middleware`; InvalidArgumentError naming `argument` when it is neither kind. */
export function toFunction<C>(middleware: Middleware<C>, argument = "middleware"): MiddlewareFn<C> {
  if (typeof middleware === "function") return middleware;
  if (typeof middleware === "object" && middleware !== null && typeof middleware.middleware === "function") return middleware.middleware();
  throw new InvalidArgumentError(argument, "must be a function (ctx, next) or an object with a middleware() method, such as a Composer");
}

/**
 * Chains `middleware` into one: each gets a `next` that runs the ones after it; the last one's
 * `next` is the chain's own `next`. A function is looked up when the chain reaches it, so a
 * composer can still grow after it was installed.
 */
export function compose<C extends object>(middleware: readonly MiddlewareFn<C>[]): MiddlewareFn<C> {
  return (ctx, last) => {
    const run = (index: number): Promise<void> => {
      const current = middleware[index];
      if (current === undefined) return last();
      let called = false;
      const next: NextFunction = () => {
        if (called) throw new MiddlewareError("next() was called more than once by the same middleware");
        called = true;
        const tracker = trackerOf(ctx);
        if (tracker && !tracker.isOpen) throw new MiddlewareError("next() was called after the update was handled");
        const rest = run(index + 1);
        // Tracked: a middleware that does not await next() still has the rest finish before the
        // update counts as handled, and the rest's failure reported.
        return tracker ? tracker.track(rest) : rest;
      };
      try {
        return Promise.resolve(current(ctx, next)).then(() => undefined);
      } catch (error) {
        return Promise.reject(error);
      }
    };
    return run(0);
  };
}
