import { describe, expect, it } from "vitest";
import { editDistance, nearest } from "../../src/cli/suggest.js";

describe("nearest names", () => {
  it("measures edits case-insensitively", () => {
    expect(editDistance("kitten", "sitting")).toBe(3);
    expect(editDistance("sendMessage", "SENDMESSAGE")).toBe(0);
    expect(editDistance("", "abc")).toBe(3);
  });

  it("ranks close names first, finds a name typed without its namespace, and stays silent when nothing is close", () => {
    const names = ["messages.sendMessage", "messages.editMessage", "messages.getHistory", "chats.setTyping"];
    expect(nearest("messages.sendMesage", names)).toEqual(["messages.sendMessage", "messages.editMessage"]);
    expect(nearest("getHistory", names)).toEqual(["messages.getHistory"]);
    expect(nearest("settyping", names)).toEqual(["chats.setTyping"]);
    expect(nearest("billing.zzz", names)).toEqual([]);
  });
});
