// The event map's invariant, checked where it costs nothing at run time.
import { describe, expectTypeOf, it } from "vitest";
import type { ClientEvents, LifecycleEvents, UpdateCase, UpdateEvents } from "../../src/index.js";

describe("client events", () => {
  it("have no lifecycle name that is also an update case (one of the two would be unreachable)", () => {
    expectTypeOf<keyof LifecycleEvents & UpdateCase>().toBeNever();
  });

  it("are the lifecycle events and one event per update case", () => {
    expectTypeOf<keyof ClientEvents>().toEqualTypeOf<keyof LifecycleEvents | UpdateCase>();
    expectTypeOf<keyof UpdateEvents>().toEqualTypeOf<UpdateCase>();
  });
});
