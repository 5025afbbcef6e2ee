import { cancelSubscription, paymentLink, productsView, subscriptionView } from "../model/accounts/billing.js";
import type { NamespaceHandlers } from "./context.js";

/** `billing.*`: products, payment links and the subscription (no real payments). */
export const billingHandlers: NamespaceHandlers<"billing"> = {
  billingGetProducts(_request, ctx) {
    return productsView(ctx.core);
  },

  billingRequestPaymentLink(request, ctx) {
    return paymentLink(ctx.core, ctx.account, request);
  },

  billingGetSubscription(_request, ctx) {
    return subscriptionView(ctx.account);
  },

  billingCancelSubscription(_request, ctx) {
    cancelSubscription(ctx.core, ctx.account);
  },
};
