import { unreadablePath } from "./readable-text";

describe("unreadablePath", () => {
  it("names the first string or key holding a NUL or a lone surrogate", () => {
    expect(unreadablePath({ a: [{ b: "x" }, { c: "y\u0000" }] })).toBe("a.1.c");
    expect(unreadablePath({ n: { m: ["a", "\uD800"] } })).toBe("n.m.1");
    expect(unreadablePath({ "k\uDC00": 1 })).toBe("k\uDC00");
    expect(unreadablePath("\uDC00x")).toBe("");
  });

  it("passes text that is fine, surrogate pairs (emoji) included, and non-text values", () => {
    expect(unreadablePath({ ok: "😀 naïve 学习率", n: 1, b: true, z: null, list: [1, "two"] })).toBeNull();
    expect(unreadablePath(undefined)).toBeNull();
  });
});
