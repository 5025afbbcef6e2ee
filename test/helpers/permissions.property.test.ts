import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type ChannelOverrideLike, type ComputePermissionsInput, computePermissions, Permissions, type RoleLike } from "../../src/helpers/permissions.js";

const COMMUNITY = 100n;
// Some bits beyond the known ones, to check they never leak into results.
const bits = fc.bigInt({ min: 0n, max: (1n << 16n) - 1n });
const roleId = fc.constantFrom(1n, 2n, 3n, 4n, 5n);
const role: fc.Arbitrary<RoleLike> = fc.record({ id: roleId, permissions: bits });
const override: fc.Arbitrary<ChannelOverrideLike> = fc.record({
  roleId: fc.constantFrom(COMMUNITY, 1n, 2n, 3n, 4n, 5n),
  communityId: fc.constant(COMMUNITY),
  permissions: fc.record({ pos: bits, neg: bits }),
});
const input: fc.Arbitrary<ComputePermissionsInput> = fc.record({
  owner: fc.boolean(),
  defaultPermissions: bits,
  roles: fc.array(role, { maxLength: 5 }),
  memberRoleIds: fc.array(roleId, { maxLength: 4 }),
  overrides: fc.array(override, { maxLength: 6 }),
});
const ADMIN = 1n;
const isAdmin = (i: ComputePermissionsInput) =>
  ((i.defaultPermissions | [...i.roles].filter((r) => [...i.memberRoleIds].includes(r.id)).reduce((a, r) => a | r.permissions, 0n)) & ADMIN) !== 0n;

describe("computePermissions properties", () => {
  it("gives owners and administrators everything", () => {
    fc.assert(
      fc.property(input, (i) => {
        if (i.owner === true || isAdmin(i)) expect(computePermissions(i)).toBe(Permissions.all);
      }),
    );
    fc.assert(
      fc.property(input, (i) => {
        expect(computePermissions({ ...i, owner: true })).toBe(Permissions.all);
      }),
    );
  });

  it("stays within the known flags", () => {
    fc.assert(
      fc.property(input, (i) => {
        expect(computePermissions(i) & ~Permissions.all).toBe(0n);
      }),
    );
  });

  it("never loses permissions when a deny is removed", () => {
    fc.assert(
      fc.property(input, fc.nat(), bits, (i, pick, cleared) => {
        const overrides = [...(i.overrides ?? [])];
        if (overrides.length === 0) return;
        const at = pick % overrides.length;
        const o = overrides[at] as ChannelOverrideLike;
        const permissions = o.permissions ?? { pos: 0n, neg: 0n };
        overrides[at] = { ...o, permissions: { pos: permissions.pos, neg: permissions.neg & ~cleared } };
        const before = computePermissions(i);
        const after = computePermissions({ ...i, overrides });
        expect(after & before).toBe(before);
      }),
    );
  });

  it("never loses permissions when a role is added, absent denies", () => {
    fc.assert(
      fc.property(input, roleId, (i, extra) => {
        const noDenies = { ...i, overrides: [...(i.overrides ?? [])].map((o) => ({ ...o, permissions: { pos: o.permissions?.pos ?? 0n, neg: 0n } })) };
        const before = computePermissions(noDenies);
        const after = computePermissions({ ...noDenies, memberRoleIds: [...noDenies.memberRoleIds, extra] });
        expect(after & before).toBe(before);
      }),
    );
  });

  it("grants exactly the base permissions without overrides", () => {
    fc.assert(
      fc.property(input, (i) => {
        if (i.owner === true || isAdmin(i)) return;
        const held = new Set(i.memberRoleIds);
        const expected = [...i.roles].filter((r) => held.has(r.id)).reduce((a, r) => a | r.permissions, i.defaultPermissions) & Permissions.all;
        const { overrides: _, ...withoutOverrides } = i;
        expect(computePermissions(withoutOverrides)).toBe(expected);
      }),
    );
  });
});
