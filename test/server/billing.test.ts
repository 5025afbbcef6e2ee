import { describe, expect, it } from "vitest";
import { connect, expectRpcError, startServer, user } from "./support/harness.js";

describe("billing.getProducts", () => {
  it("lists the default plan to anyone, signed in or not", async () => {
    const server = startServer();
    const visitor = await connect(server);
    const { products } = await visitor.call("billingGetProducts", {});
    expect(products.map((p) => [p.plan, p.name, p.prices.map((x) => [x.billingPeriod, x.amountMinor, x.currency])])).toEqual([
      [
        "premium",
        "Osmium Premium",
        [
          ["monthly", 499n, "USD"],
          ["yearly", 4999n, "USD"],
        ],
      ],
    ]);
  });

  it("lists the products the server was configured with", async () => {
    const server = startServer({
      products: [{ plan: "gold", name: "Gold", prices: [{ billingPeriod: "lifetime", amountMinor: 9900n, currency: "EUR" }] }],
    });
    const ada = await user(server, "Ada");
    const { products } = await ada.peer.call("billingGetProducts", {});
    expect(products.map((p) => [p.plan, p.prices[0]?.billingPeriod, p.prices[0]?.amountMinor])).toEqual([["gold", "lifetime", 9900n]]);
  });
});

describe("billing.requestPaymentLink", () => {
  it("answers a fake checkout URL for an offered plan and period; the subscription stays inactive", async () => {
    const server = startServer();
    const ada = await user(server, "Ada");
    const link = await ada.peer.call("billingRequestPaymentLink", {
      plan: "premium",
      billingPeriod: "yearly",
      redirectUrl: "https://app.example/done",
    });
    expect(link.url).toMatch(
      /^https:\/\/payments\.example\.com\/checkout\/[0-9a-f]{24}\?plan=premium&period=yearly&redirect_url=https%3A%2F%2Fapp\.example%2Fdone$/,
    );
    expect(await ada.peer.call("billingGetSubscription", {})).toMatchObject({ active: false });
  });

  it("refuses unknown plans, periods the plan lacks, lifetime, and bad redirect URLs with 400", async () => {
    const server = startServer({
      products: [
        { plan: "basic", name: "Basic", prices: [{ billingPeriod: "monthly", amountMinor: 100n, currency: "USD" }] },
        { plan: "forever", name: "Forever", prices: [{ billingPeriod: "lifetime", amountMinor: 1000n, currency: "USD" }] },
      ],
    });
    const ada = await user(server, "Ada");
    const ask = (plan: string, billingPeriod: string, redirectUrl = "https://app.example/") =>
      ada.peer.call("billingRequestPaymentLink", { plan, billingPeriod, redirectUrl });
    await expectRpcError(ask("premium", "monthly"), 400, /^plan "premium" is not offered$/);
    await expectRpcError(ask("basic", "yearly"), 400, /^plan "basic" has no yearly price$/);
    await expectRpcError(ask("forever", "lifetime"), 400, /^billing_period must be "monthly" or "yearly"$/);
    await expectRpcError(ask("basic", "monthly", "not a url"), 400, /^redirect_url must be an http\(s\) URL$/);
    await expectRpcError(ask("basic", "monthly", "javascript:alert(1)"), 400, /^redirect_url must be an http\(s\) URL$/);
    await expect(ask("basic", "monthly")).resolves.toMatchObject({ url: expect.stringContaining("plan=basic&period=monthly") });
  });

  it("needs a signed-in account", async () => {
    const server = startServer();
    const visitor = await connect(server);
    await expectRpcError(
      visitor.call("billingRequestPaymentLink", { plan: "premium", billingPeriod: "monthly", redirectUrl: "https://a.example/" }),
      401,
      /not authorized/,
    );
  });
});

describe("billing.getSubscription / billing.cancelSubscription", () => {
  it("reports no active subscription, and cancelling none answers 404", async () => {
    const server = startServer();
    const ada = await user(server, "Ada");
    const sub = await ada.peer.call("billingGetSubscription", {});
    expect([sub.active, sub.since, sub.nextRenewalDate, sub.endDate]).toEqual([false, undefined, undefined, undefined]);
    await expectRpcError(ada.peer.call("billingCancelSubscription", {}), 404, /^the account has no active subscription$/);
  });
});
