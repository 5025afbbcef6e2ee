import { create } from "@bufbuild/protobuf";
import {
  UserStatus_Activity_ActivityType as ActivityType,
  UserStatusSchema,
  UserStatus_Status as Status,
} from "../../../gen/osmium/client/types_pb.js";
import { acquaintances } from "../model/audiences/audiences.js";
import { badRequest } from "../model/core/errors.js";
import type { NamespaceHandlers } from "./context.js";
import { codePoints } from "../model/core/text.js";

/** Most activities a status may carry. */
export const MAX_ACTIVITIES = 5;

/** `settings.changeStatus`. */
export const statusHandlers: Pick<NamespaceHandlers<"settings">, "settingsChangeStatus"> = {
  settingsChangeStatus(request, ctx) {
    const { core } = ctx;
    if (!(request.status in Status)) throw badRequest(`status ${request.status} is not a presence state (ONLINE, IDLE or INVISIBLE)`);
    if (request.activities.length > MAX_ACTIVITIES) throw badRequest(`activities: at most ${MAX_ACTIVITIES} are allowed`);
    request.activities.forEach((a, i) => {
      if (!(a.type in ActivityType)) throw badRequest(`activities[${i}].type ${a.type} is not an activity type`);
      if (codePoints(a.title) > core.limits.nameLength) throw badRequest(`activities[${i}].title is longer than ${core.limits.nameLength} characters`);
      if (a.state !== undefined && codePoints(a.state) > core.limits.nameLength) {
        throw badRequest(`activities[${i}].state is longer than ${core.limits.nameLength} characters`);
      }
    });
    // ChangeStatus.last_active has no place in UserStatus; the server keeps its own activity times.
    const chosen = create(UserStatusSchema, { status: request.status, activities: request.activities });
    // INVISIBLE is the owner's secret: everyone else sees no presence and no activities (offline).
    const shown = request.status === Status.INVISIBLE ? create(UserStatusSchema, {}) : chosen;
    const account = ctx.account;
    account.presence = chosen;
    account.user.status = shown;
    const me = ctx.userId;
    core.pushTo(acquaintances(core.state, me), (viewer) => ({
      update: { case: "userStatus", value: { userId: me, status: viewer === me ? chosen : shown } },
    }));
  },
};
