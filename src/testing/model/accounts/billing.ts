import type { MessageInitShape } from "@bufbuild/protobuf";
import type { PaymentLinkSchema, ProductsSchema, RequestPaymentLink, SubscriptionSchema } from "../../../../gen/osmium/client/billing_pb.js";
import { randomToken } from "../core/crypto.js";
import { badRequest, conflict, notFound } from "../core/errors.js";
import type { ServerCore } from "../core/server-core.js";
import { isWebUrl, tryUrl } from "../core/text.js";
import type { AccountRecord } from "../state/server-state.js";

// Billing without payments: products come from the server options; a payment link is a fake
// https URL that leads nowhere, so no subscription ever becomes active through the protocol.

/** Where the fake checkout links point (example.com is reserved for documentation, RFC 2606). */
export const CHECKOUT_BASE_URL = "https://payments.example.com/checkout/";

/** Billing periods a payment link can be requested for (lifetime prices are shown but not sold by link). */
const LINK_PERIODS = new Set(["monthly", "yearly"]);

/** billing.getProducts: the products of the server options. */
export function productsView(core: ServerCore): MessageInitShape<typeof ProductsSchema> {
  return {
    products: core.products.map((p) => ({
      plan: p.plan,
      name: p.name,
      prices: p.prices.map((price) => ({ billingPeriod: price.billingPeriod, amountMinor: price.amountMinor, currency: price.currency })),
    })),
  };
}

/** billing.requestPaymentLink: a checkout link for an offered plan and period; 409 while a subscription is active. */
export function paymentLink(core: ServerCore, account: AccountRecord, request: RequestPaymentLink): MessageInitShape<typeof PaymentLinkSchema> {
  const product = core.products.find((p) => p.plan === request.plan);
  if (!product) throw badRequest(`plan "${request.plan}" is not offered`);
  if (!LINK_PERIODS.has(request.billingPeriod)) throw badRequest(`billing_period must be "monthly" or "yearly"`);
  if (!product.prices.some((p) => p.billingPeriod === request.billingPeriod)) {
    throw badRequest(`plan "${product.plan}" has no ${request.billingPeriod} price`);
  }
  const redirect = tryUrl(request.redirectUrl);
  if (!isWebUrl(redirect)) throw badRequest("redirect_url must be an http(s) URL");
  if (account.subscription?.active) throw conflict("the account already has an active subscription");
  const query = [
    `plan=${encodeURIComponent(product.plan)}`,
    `period=${encodeURIComponent(request.billingPeriod)}`,
    `redirect_url=${encodeURIComponent(redirect.href)}`,
  ].join("&");
  return { url: `${CHECKOUT_BASE_URL}${randomToken().slice(0, 24)}?${query}` };
}

/** billing.getSubscription: the account's subscription, or `active: false` without one. */
export function subscriptionView(account: AccountRecord): MessageInitShape<typeof SubscriptionSchema> {
  const sub = account.subscription;
  if (!sub) return { active: false };
  return {
    active: sub.active,
    since: sub.since,
    ...(sub.nextRenewal !== undefined ? { nextRenewalDate: sub.nextRenewal } : {}),
    ...(sub.endDate !== undefined ? { endDate: sub.endDate } : {}),
  };
}

/** billing.cancelSubscription: like real billing, the paid period runs out, then the subscription ends; it does not renew. */
export function cancelSubscription(core: ServerCore, account: AccountRecord): void {
  const sub = account.subscription;
  if (!sub?.active) throw notFound("the account has no active subscription");
  if (sub.endDate !== undefined) throw conflict("the subscription is already cancelled");
  sub.endDate = sub.nextRenewal ?? core.nowMs();
  delete sub.nextRenewal;
}
