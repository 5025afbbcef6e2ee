import { create } from "@bufbuild/protobuf";
import { describe, expect, it } from "vitest";
import {
  ChannelOverrideSchema,
  CommunityPermission,
  CommunityRoleSchema,
} from "../../gen/osmium/client/types_pb.js";
import { computePermissions, PermissionFlags, Permissions } from "../../src/helpers/permissions.js";

const F = PermissionFlags;
const COMMUNITY = 100n;
const role = (id: bigint, permissions: bigint) => create(CommunityRoleSchema, { id, communityId: COMMUNITY, permissions });
const override = (roleId: bigint, pos: bigint, neg: bigint) =>
  create(ChannelOverrideSchema, { communityId: COMMUNITY, channelId: 7n, roleId, permissions: { pos, neg } });

describe("PermissionFlags", () => {
  it("matches the generated CommunityPermission enum, bit for bit", () => {
    const generated = Object.entries(CommunityPermission).filter(
      (e): e is [string, number] => typeof e[1] === "number" && e[0] !== "NO_PERMISSION",
    );
    expect(Object.fromEntries(generated.map(([k, v]) => [k, BigInt(v)]))).toEqual(PermissionFlags);
  });

  it("has all = 16383 (bits 0..13)", () => {
    expect(Permissions.all).toBe(16383n);
    expect(Permissions.none).toBe(0n);
  });
});

describe("Permissions", () => {
  it("adds, removes and tests flags given as bigints or enum values", () => {
    const set = Permissions.add(0n, F.VIEW_CHANNEL, CommunityPermission.SEND_MESSAGES);
    expect(set).toBe(6n);
    expect(Permissions.has(set, CommunityPermission.SEND_MESSAGES)).toBe(true);
    expect(Permissions.has(set, F.PIN_MESSAGES)).toBe(false);
    expect(Permissions.has(set, F.VIEW_CHANNEL | F.SEND_MESSAGES)).toBe(true);
    expect(Permissions.has(set, F.VIEW_CHANNEL | F.PIN_MESSAGES)).toBe(false);
    expect(Permissions.remove(set, F.SEND_MESSAGES, F.PIN_MESSAGES)).toBe(2n);
    expect(Permissions.names(set)).toEqual(["VIEW_CHANNEL", "SEND_MESSAGES"]);
  });

  it("does not treat ADMINISTRATOR as every flag in has()", () => {
    expect(Permissions.has(F.ADMINISTRATOR, F.SEND_MESSAGES)).toBe(false);
  });
});

describe("computePermissions", () => {
  const roles = [role(1n, F.SEND_MESSAGES | F.SEND_MEDIA), role(2n, F.PIN_MESSAGES), role(3n, F.ADMINISTRATOR)];
  const base = { defaultPermissions: F.VIEW_CHANNEL | F.ADD_REACTIONS, roles };

  it("gives the owner everything, by flag or by id", () => {
    expect(computePermissions({ ...base, owner: true, memberRoleIds: [] })).toBe(16383n);
    expect(computePermissions({ ...base, owner: 9n, userId: 9n, memberRoleIds: [] })).toBe(16383n);
    expect(computePermissions({ ...base, owner: 9n, userId: 8n, memberRoleIds: [] })).toBe(F.VIEW_CHANNEL | F.ADD_REACTIONS);
  });

  it("ORs default permissions with the member's roles only", () => {
    expect(computePermissions({ ...base, memberRoleIds: [1n, 42n] })).toBe(F.VIEW_CHANNEL | F.ADD_REACTIONS | F.SEND_MESSAGES | F.SEND_MEDIA);
  });

  it("gives ADMINISTRATOR everything, whatever the overrides", () => {
    const overrides = [override(COMMUNITY, 0n, 16383n), override(3n, 0n, 16383n)];
    expect(computePermissions({ ...base, memberRoleIds: [3n], overrides })).toBe(16383n);
  });

  it("applies the @everyone override, then the role overrides together", () => {
    const overrides = [
      override(COMMUNITY, F.CONNECT_VOICE, F.VIEW_CHANNEL | F.SEND_MESSAGES), // @everyone
      override(1n, F.VIEW_CHANNEL, F.SEND_MEDIA | F.PIN_MESSAGES),
      override(2n, F.SEND_MEDIA, 0n), // role 2's grant beats role 1's denial
      override(99n, F.MODIFY_ROLES, 0n), // a role the member lacks
    ];
    // SEND_MESSAGES stays denied by @everyone; VIEW_CHANNEL comes back from role 1.
    expect(computePermissions({ ...base, memberRoleIds: [1n, 2n], overrides })).toBe(
      F.VIEW_CHANNEL | F.ADD_REACTIONS | F.SEND_MEDIA | F.CONNECT_VOICE,
    );
  });

  it("lets a role's denial beat an @everyone grant", () => {
    const overrides = [override(COMMUNITY, F.PIN_MESSAGES, 0n), override(1n, 0n, F.PIN_MESSAGES)];
    expect(computePermissions({ ...base, memberRoleIds: [1n], overrides })).toBe(F.VIEW_CHANNEL | F.ADD_REACTIONS | F.SEND_MESSAGES | F.SEND_MEDIA);
  });

  it("takes the @everyone role id from the option when given", () => {
    const overrides = [override(0n, 0n, F.VIEW_CHANNEL)];
    expect(computePermissions({ ...base, memberRoleIds: [], overrides })).toBe(F.VIEW_CHANNEL | F.ADD_REACTIONS);
    expect(computePermissions({ ...base, memberRoleIds: [], overrides, everyoneRoleId: 0n })).toBe(F.ADD_REACTIONS);
  });

  it("never lets overrides grant ADMINISTRATOR, and drops unknown bits", () => {
    const overrides = [override(COMMUNITY, F.ADMINISTRATOR | (1n << 40n), 0n)];
    expect(computePermissions({ ...base, memberRoleIds: [], overrides })).toBe(F.VIEW_CHANNEL | F.ADD_REACTIONS);
    expect(computePermissions({ defaultPermissions: (1n << 40n) | F.SPEAK_VOICE, roles: [], memberRoleIds: [] })).toBe(F.SPEAK_VOICE);
  });

  it("ignores an override without permissions", () => {
    const overrides = [create(ChannelOverrideSchema, { communityId: COMMUNITY, roleId: 1n })];
    expect(computePermissions({ ...base, memberRoleIds: [], overrides })).toBe(F.VIEW_CHANNEL | F.ADD_REACTIONS);
  });
});
