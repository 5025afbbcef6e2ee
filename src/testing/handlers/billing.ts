import { randomToken } from "../model/core/crypto.js";
import { badRequest, conflict, notFound } from "../model/core/errors.js";
import type { NamespaceHandlers } from "./context.js";

// Billing without payments: products come from the server options; a payment link is a fake
// https URL that leads nowhere, so no subscription ever becomes active through the protocol.

/** Where the fake checkout links point (example.com is reserved for documentation, RFC 2606). */
export const CHECKOUT_BASE_URL = "https://payments.example.com/checkout/";

/** Billing periods a payment link can be requested for (lifetime prices are shown but not sold by link). */
const LINK_PERIODS = new Set(["monthly", "yearly"]);

/** `billing.*`: products, payment links and the subscription. */
export const billingHandlers: NamespaceHandlers<"billing"> = {
  billingGetProducts(_request, ctx) {
    return {
      products: ctx.core.products.map((p) => ({
        plan: p.plan,
        name: p.name,
        prices: p.prices.map((price) => ({ billingPeriod: price.billingPeriod, amountMinor: price.amountMinor, currency: price.currency })),
      })),
    };
  },

  billingRequestPaymentLink(request, ctx) {
    const product = ctx.core.products.find((p) => p.plan === request.plan);
    if (!product) throw badRequest(`plan "${request.plan}" is not offered`);
    if (!LINK_PERIODS.has(request.billingPeriod)) throw badRequest(`billing_period must be "monthly" or "yearly"`);
    if (!product.prices.some((p) => p.billingPeriod === request.billingPeriod)) {
      throw badRequest(`plan "${product.plan}" has no ${request.billingPeriod} price`);
    }
    let redirect: URL | undefined;
    try {
      redirect = new URL(request.redirectUrl);
    } catch {
      redirect = undefined;
    }
    if (!redirect || (redirect.protocol !== "https:" && redirect.protocol !== "http:")) {
      throw badRequest("redirect_url must be an http(s) URL");
    }
    if (ctx.account.subscription?.active) throw conflict("the account already has an active subscription");
    const query = `plan=${encodeURIComponent(product.plan)}&period=${encodeURIComponent(request.billingPeriod)}&redirect_url=${encodeURIComponent(redirect.href)}`;
    return { url: `${CHECKOUT_BASE_URL}${randomToken().slice(0, 24)}?${query}` };
  },

  billingGetSubscription(_request, ctx) {
    const sub = ctx.account.subscription;
    if (!sub) return { active: false };
    return {
      active: sub.active,
      since: sub.since,
      ...(sub.nextRenewal !== undefined ? { nextRenewalDate: sub.nextRenewal } : {}),
      ...(sub.endDate !== undefined ? { endDate: sub.endDate } : {}),
    };
  },

  billingCancelSubscription(_request, ctx) {
    const sub = ctx.account.subscription;
    if (!sub?.active) throw notFound("the account has no active subscription");
    if (sub.endDate !== undefined) throw conflict("the subscription is already cancelled");
    // Like real billing: the paid period runs out, then the subscription ends; it does not renew.
    sub.endDate = sub.nextRenewal ?? ctx.core.nowMs();
    delete sub.nextRenewal;
  },
};
