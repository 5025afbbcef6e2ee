//
// Community permissions (docs/protocol.md "Permissions"). Bits are `fixed64` on the wire, so `bigint` here; the
// values mirror the generated `CommunityPermission` enum (a test checks they agree) but are
// written out so that this file imports nothing: the reference server runs the same
// `computePermissions`, and it stays pure and tree-shakable.
//

/**
 * The permission bits by name, as `bigint`s, matching the generated `CommunityPermission` enum.
 *
 * @example
 * ```ts
 * const canPost = Permissions.has(perms, PermissionFlags.SEND_MESSAGES);
 * ```
 */
export const PermissionFlags = /* @__PURE__ */ (() =>
  // Built by a call marked pure: a bundler counts bigint shifts as side effects and would otherwise
  // keep this object in every bundle of the package, used or not.
  ({
    /** Bypasses every permission check. */
    ADMINISTRATOR: 1n << 0n,
    /** See the channel; without it, channels are hidden. */
    VIEW_CHANNEL: 1n << 1n,
    SEND_MESSAGES: 1n << 2n,
    CONNECT_VOICE: 1n << 3n,
    /** Edit channel settings, create and delete channels. */
    MODIFY_CHANNEL: 1n << 4n,
    SEND_MEDIA: 1n << 5n,
    /** Delete other users' messages. */
    DELETE_MESSAGES: 1n << 6n,
    PIN_MESSAGES: 1n << 7n,
    SPEAK_VOICE: 1n << 8n,
    /** Edit community settings (name, photo...). */
    MODIFY_COMMUNITY: 1n << 9n,
    /** Create, edit and delete roles, and assign them. */
    MODIFY_ROLES: 1n << 10n,
    /** Ban or remove members. */
    REMOVE_MEMBERS: 1n << 11n,
    ADD_REACTIONS: 1n << 12n,
    MODIFY_LINKED_STICKERS: 1n << 13n,
  }) as const)();

/** The name of a permission flag, e.g. `"SEND_MESSAGES"`. */
export type PermissionName = keyof typeof PermissionFlags;

/**
 * A flag or set of flags: a `bigint` bit set, or a value of the generated `CommunityPermission`
 * enum (a `number`).
 */
export type PermissionInput = bigint | number;

// Marked pure so that bundles which never compute permissions drop it.
const ALL = /* @__PURE__ */ Object.values(PermissionFlags).reduce((all, bit) => all | bit, 0n);

function toBits(flag: PermissionInput): bigint {
  return typeof flag === "bigint" ? flag : BigInt(flag);
}

/**
 * Operations on permission sets (`bigint` bit sets, as in `Community.permissions` and
 * `CommunityRole.permissions`).
 *
 * `has` is a plain bit test: it does not treat ADMINISTRATOR as "everything". Sets from
 * {@link computePermissions} already contain every flag for administrators and owners.
 *
 * @example
 * ```ts
 * let perms = Permissions.add(0n, PermissionFlags.VIEW_CHANNEL, PermissionFlags.SEND_MESSAGES); // 6n
 * Permissions.has(perms, CommunityPermission.SEND_MESSAGES);   // true
 * perms = Permissions.remove(perms, PermissionFlags.SEND_MESSAGES);
 * Permissions.names(perms);                                      // ["VIEW_CHANNEL"]
 * ```
 */
export const Permissions = {
  /** Every flag this SDK knows, OR-ed (16383n). */
  all: ALL,
  /** No permissions. */
  none: 0n,
  /** Whether `set` has every bit of `flag` (which may combine several flags). */
  has(set: bigint, flag: PermissionInput): boolean {
    const bits = toBits(flag);
    return (set & bits) === bits;
  },
  /** `set` with the given flags added. */
  add(set: bigint, ...flags: PermissionInput[]): bigint {
    return flags.reduce<bigint>((acc, f) => acc | toBits(f), set);
  },
  /** `set` with the given flags removed. */
  remove(set: bigint, ...flags: PermissionInput[]): bigint {
    return flags.reduce<bigint>((acc, f) => acc & ~toBits(f), set);
  },
  /** The names of the known flags in `set`, lowest bit first (for logs and debugging). */
  names(set: bigint): PermissionName[] {
    return (Object.keys(PermissionFlags) as PermissionName[]).filter((name) => (set & PermissionFlags[name]) !== 0n);
  },
} as const;

/** A role as {@link computePermissions} needs it; the generated `CommunityRole` fits. */
export interface RoleLike {
  id: bigint;
  permissions: bigint;
}

/** A channel override as {@link computePermissions} needs it; the generated `ChannelOverride` fits. */
export interface ChannelOverrideLike {
  /** The role the override applies to. */
  roleId: bigint;
  /** The community; an override whose `roleId` equals it targets every member (see `everyoneRoleId`). */
  communityId?: bigint;
  /** Bits granted (`pos`) and denied (`neg`). Unset means no change. */
  permissions?: { pos: bigint; neg: bigint } | undefined;
}

/** Input of {@link computePermissions}. */
export interface ComputePermissionsInput {
  /**
   * Whether the member owns the community: `true`/`false` (as in `Community.owner`), or the
   * owner's user id, compared with `userId`.
   *
   * @default false
   */
  owner?: boolean | bigint;
  /** The member's user id; only needed when `owner` is an id. */
  userId?: bigint;
  /** Bits every member has, with or without roles (`CommunityRoles.default_permissions`). */
  defaultPermissions: bigint;
  /** The community's roles; those the member does not hold are ignored. */
  roles: Iterable<RoleLike>;
  /** The ids of the member's roles (`CommunityMember.role_ids`). Unknown ids are ignored. */
  memberRoleIds: Iterable<bigint>;
  /** The channel's overrides (`ChannelOverrides.overrides`). Omit for community-wide permissions. */
  overrides?: Iterable<ChannelOverrideLike>;
  /**
   * The role id of the implicit `@everyone` role, whose override applies to every member.
   *
   * @default each override's `communityId`, as in Discord, where `@everyone`'s id is the guild's
   */
  everyoneRoleId?: bigint;
}

/**
 * A member's effective permissions in a community, or in one of its channels when `overrides`
 * are given. Pure: the reference server uses this same function.
 *
 * The order (docs/protocol.md "Permissions" leaves it open; this is Discord's):
 * 1. The owner gets {@link Permissions.all}.
 * 2. `base` = `defaultPermissions` | the permissions of each role the member holds.
 * 3. If `base` has ADMINISTRATOR: {@link Permissions.all}.
 * 4. The `@everyone` override: `base = (base & ~neg) | pos`.
 * 5. The member's role overrides together: `neg` and `pos` each OR-ed over the roles, then
 *    `base = (base & ~neg) | pos`, so a role's grant beats another role's denial, and any role
 *    override beats `@everyone`'s.
 *
 * Overrides cannot grant or revoke ADMINISTRATOR, and bits this SDK does not know are dropped,
 * so the result is always within {@link Permissions.all}.
 *
 * @example
 * ```ts
 * const perms = computePermissions({
 *   owner: community.owner,
 *   defaultPermissions: rolesResult.defaultPermissions,
 *   roles: rolesResult.roles,
 *   memberRoleIds: member.roleIds,
 *   overrides: channelOverrides.overrides,
 * });
 * if (Permissions.has(perms, PermissionFlags.SEND_MESSAGES)) await send();
 * ```
 */
export function computePermissions(input: ComputePermissionsInput): bigint {
  const isOwner = typeof input.owner === "bigint" ? input.owner === input.userId : input.owner === true;
  if (isOwner) return ALL;

  const held = new Set(input.memberRoleIds);
  let base = input.defaultPermissions;
  for (const role of input.roles) if (held.has(role.id)) base |= role.permissions;
  base &= ALL;
  if (base & PermissionFlags.ADMINISTRATOR) return ALL;
  if (input.overrides === undefined) return base;

  const mask = ALL & ~PermissionFlags.ADMINISTRATOR;
  let everyonePos = 0n;
  let everyoneNeg = 0n;
  let rolePos = 0n;
  let roleNeg = 0n;
  for (const override of input.overrides) {
    const { pos = 0n, neg = 0n } = override.permissions ?? {};
    const everyone = input.everyoneRoleId ?? override.communityId;
    if (everyone !== undefined && override.roleId === everyone) {
      everyonePos |= pos;
      everyoneNeg |= neg;
    } else if (held.has(override.roleId)) {
      rolePos |= pos;
      roleNeg |= neg;
    }
  }
  base = (base & ~(everyoneNeg & mask)) | (everyonePos & mask);
  return (base & ~(roleNeg & mask)) | (rolePos & mask);
}
