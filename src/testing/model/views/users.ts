import { clone, create } from "@bufbuild/protobuf";
import { type User, UserSchema } from "../../../../gen/osmium/client/types_pb.js";
import type { ServerState } from "../state/server-state.js";

/** The public profile of a user, or a "Deleted user" placeholder for an id with no account. */
export function userView(state: ServerState, userId: bigint): User {
  const account = state.accounts.get(userId);
  return account ? clone(UserSchema, account.user) : create(UserSchema, { id: userId, name: "Deleted user" });
}

/** The profiles of `userIds`, each once, in first-seen order. */
export function usersView(state: ServerState, userIds: Iterable<bigint>): User[] {
  return [...new Set(userIds)].map((id) => userView(state, id));
}
