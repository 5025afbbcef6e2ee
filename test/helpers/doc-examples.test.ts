// The JSDoc examples of the helpers, run as written, so the documentation cannot drift.
import { describe, expect, it } from "vitest";
import { CommunityPermission } from "../../gen/osmium/client/types_pb.js";
import { bold, code, fmt, link } from "../../src/helpers/formatting/builder.js";
import { codePointLength } from "../../src/helpers/formatting/code-points.js";
import { parseMarkdown } from "../../src/helpers/formatting/parse-markdown.js";
import { toHtml } from "../../src/helpers/formatting/to-html.js";
import { toMarkdown } from "../../src/helpers/formatting/to-markdown.js";
import { PermissionFlags, Permissions } from "../../src/helpers/permissions.js";
import { ChatRefs, chatRefKey } from "../../src/helpers/refs.js";
import { summarize } from "./summary.js";

describe("documented examples", () => {
  it("parseMarkdown", () => {
    const { message, entities } = parseMarkdown("**Hi** @alice, see [docs](https://x.dev) 🎉");
    expect(message).toBe("Hi @alice, see docs 🎉");
    expect(summarize(entities)).toEqual([
      ["bold", 0, 2],
      ["username", 3, 6],
      ["textUrl", 15, 4, "https://x.dev"],
    ]);
  });

  it("toMarkdown and toHtml", () => {
    expect(toMarkdown(fmt`${bold("5 * 3")} is ${code("15")}`)).toBe("**5 \\* 3** is `15`");
    expect(toHtml(fmt`${bold("<hi>")} ${link("docs", "https://x.dev")}`)).toBe('<b>&lt;hi&gt;</b> <a href="https://x.dev">docs</a>');
  });

  it("codePointLength", () => {
    expect(codePointLength("a😀")).toBe(2);
    expect("a😀".length).toBe(3);
    expect(codePointLength("👨‍👩‍👧")).toBe(5);
  });

  it("Permissions", () => {
    let perms = Permissions.add(0n, PermissionFlags.VIEW_CHANNEL, PermissionFlags.SEND_MESSAGES);
    expect(perms).toBe(6n);
    expect(Permissions.has(perms, CommunityPermission.SEND_MESSAGES)).toBe(true);
    perms = Permissions.remove(perms, PermissionFlags.SEND_MESSAGES);
    expect(Permissions.names(perms)).toEqual(["VIEW_CHANNEL"]);
  });

  it("ChatRefs and chatRefKey", () => {
    expect(chatRefKey(ChatRefs.channel(1n, 2n))).toBe("channel:1:2");
  });
});
