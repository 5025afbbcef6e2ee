import { create } from "@bufbuild/protobuf";
import type { ChangeStatus } from "../../../../gen/osmium/client/settings_pb.js";
import {
  UserStatus_Activity_ActivityType as ActivityType,
  UserStatusSchema,
  UserStatus_Status as Status,
} from "../../../../gen/osmium/client/types_pb.js";
import { acquaintances } from "../audiences/audiences.js";
import { badRequest } from "../core/errors.js";
import type { ServerCore } from "../core/server-core.js";
import { checkLength } from "../core/text.js";
import type { AccountRecord } from "../state/server-state.js";

// Presence: the status a user chose, what others see of it, and whether they show as online.

/** Most activities a status may carry. */
export const MAX_ACTIVITIES = 5;

/**
 * settings.changeStatus: stores the chosen status and pushes `userStatus` to everyone who sees the
 * user. INVISIBLE is the owner's secret: everyone else sees no presence and no activities (offline).
 */
export function changeStatus(core: ServerCore, account: AccountRecord, request: ChangeStatus): void {
  if (!(request.status in Status)) throw badRequest(`status ${request.status} is not a presence state (ONLINE, IDLE or INVISIBLE)`);
  if (request.activities.length > MAX_ACTIVITIES) throw badRequest(`activities: at most ${MAX_ACTIVITIES} are allowed`);
  request.activities.forEach((a, i) => {
    if (!(a.type in ActivityType)) throw badRequest(`activities[${i}].type ${a.type} is not an activity type`);
    checkLength(a.title, core.limits.nameLength, `activities[${i}].title`);
    if (a.state !== undefined) checkLength(a.state, core.limits.nameLength, `activities[${i}].state`);
  });
  // ChangeStatus.last_active has no place in UserStatus; the server keeps its own activity times.
  const chosen = create(UserStatusSchema, { status: request.status, activities: request.activities });
  const shown = request.status === Status.INVISIBLE ? create(UserStatusSchema, {}) : chosen;
  account.presence = chosen;
  account.user.status = shown;
  const me = account.user.id;
  core.pushTo(acquaintances(core.state, me), (viewer) => ({
    update: { case: "userStatus", value: { userId: me, status: viewer === me ? chosen : shown } },
  }));
}

/** Whether `userId` shows as online: connected on some session, and not INVISIBLE. */
export function isOnline(core: ServerCore, userId: bigint): boolean {
  if (core.state.accounts.get(userId)?.presence?.status === Status.INVISIBLE) return false;
  for (const connection of core.connectionsOf(userId)) if (connection.open) return true;
  return false;
}
