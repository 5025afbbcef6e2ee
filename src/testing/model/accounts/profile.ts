import type { MessageInitShape } from "@bufbuild/protobuf";
import type { UploadedFileRef } from "../../../../gen/osmium/client/media_pb.js";
import type { EditProfile } from "../../../../gen/osmium/client/settings_pb.js";
import type { ProfileSchema } from "../../../../gen/osmium/client/users_pb.js";
import { acquaintances } from "../audiences/audiences.js";
import { badRequest, notFound } from "../core/errors.js";
import type { ServerCore } from "../core/server-core.js";
import { checkLength, validateName } from "../core/text.js";
import { isEmptyFileRef } from "../media/file-store.js";
import { photoFromUpload } from "../media/photos.js";
import type { AccountRecord } from "../state/server-state.js";
import { userView } from "../views/users.js";
import { validateUsername } from "./accounts.js";
import { friendsOf } from "./relationships.js";

// A user's profile: the public `User` everyone who knows them sees (pushed to them on every
// change), and the `Profile` (bio, banner, mutuals) fetched with users.getProfile.

/** Tells everyone who sees `account`'s profile that it changed. */
function pushProfile(core: ServerCore, account: AccountRecord): void {
  const userId = account.user.id;
  const user = userView(core.state, userId);
  core.pushTo(acquaintances(core.state, userId), { update: { case: "user", value: { userId, user } } });
}

/** settings.editProfile: every field is validated before any changes; a set field pushes the profile. */
export function editProfile(core: ServerCore, account: AccountRecord, request: EditProfile): void {
  const name = request.name !== undefined ? validateName(core.limits, request.name, "name") : undefined;
  const username = request.username?.trim().replace(/^@/, "");
  if (username) validateUsername(core, username, account.user.id);
  if (request.bio !== undefined) checkLength(request.bio, core.limits.bioLength, "bio");
  if (request.color !== undefined && request.color > 0xffffff) throw badRequest("color must be an RGB value from 0 to 0xFFFFFF");
  const user = account.user;
  if (name !== undefined) user.name = name;
  // An empty username or an icon of 0 removes it.
  if (username !== undefined) {
    if (username) user.username = username;
    else delete user.username;
  }
  if (request.bio !== undefined) account.bio = request.bio;
  if (request.icon !== undefined) {
    if (request.icon !== 0n) user.icon = request.icon;
    else delete user.icon;
  }
  if (request.color !== undefined) user.color = request.color;
  // Bio is part of the Profile, not of User; a bio-only edit still pushes, as a cue to refetch.
  if (name !== undefined || username !== undefined || request.icon !== undefined || request.color !== undefined || request.bio !== undefined) {
    pushProfile(core, account);
  }
}

/** settings.editProfilePhoto: an image upload sets the photo, an unset or empty ref removes it; a change pushes the profile. */
export function setProfilePhoto(core: ServerCore, account: AccountRecord, ref: UploadedFileRef | undefined): void {
  const photo = isEmptyFileRef(ref) ? undefined : photoFromUpload(core, account.user.id, ref);
  const user = account.user;
  if (!photo && !user.photo) return;
  if (photo) user.photo = photo;
  else delete user.photo;
  pushProfile(core, account);
}

/** settings.editProfileBanner: the banner lives in the Profile (users.getProfile), not in User, so nothing is pushed. */
export function setProfileBanner(core: ServerCore, account: AccountRecord, ref: UploadedFileRef | undefined): void {
  const banner = isEmptyFileRef(ref) ? undefined : photoFromUpload(core, account.user.id, ref);
  if (banner) account.banner = banner;
  else delete account.banner;
}

/**
 * users.getProfile: `userId`'s profile as `viewerId` sees it. Mutuals (communities both are in,
 * friends both have) only on request; those of one's own profile would be everything one has, so
 * they are left empty.
 */
export function profileOf(core: ServerCore, userId: bigint, viewerId: bigint, includeMutuals: boolean): MessageInitShape<typeof ProfileSchema> {
  const state = core.state;
  const account = state.accounts.get(userId);
  if (!account) throw notFound(`ref: no user ${userId}`);
  const mutuals = includeMutuals && userId !== viewerId;
  const mutualCommunities = mutuals
    ? [...state.communities.values()].filter((c) => c.members.has(viewerId) && c.members.has(userId)).map((c) => c.id)
    : [];
  const theirFriends = new Set(mutuals ? friendsOf(state, userId) : []);
  const mutualFriends = mutuals ? friendsOf(state, viewerId).filter((id) => theirFriends.has(id)) : [];
  return {
    ref: { userId },
    bio: account.bio,
    ...(account.premiumSince !== undefined ? { premiumSince: account.premiumSince } : {}),
    ...(account.banner ? { banner: account.banner } : {}),
    mutualCommunities,
    mutualFriends,
  };
}
