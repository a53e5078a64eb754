import { firstFreeSlug, slugify } from "./slug";

describe("slugify", () => {
  it.each([
    ["Spam email classifier", "spam-email-classifier"],
    ["  FAQ chatbot (RAG)!  ", "faq-chatbot-rag"],
    ["Détection de défauts", "detection-de-defauts"],
    ["!!!", "project"],
    ["a".repeat(80), "a".repeat(60)],
  ])("%j → %j", (name, slug) => {
    expect(slugify(name)).toBe(slug);
  });
});

describe("firstFreeSlug", () => {
  it("keeps a free slug and numbers a taken one", () => {
    expect(firstFreeSlug("spam", new Set())).toBe("spam");
    expect(firstFreeSlug("spam", new Set(["spam"]))).toBe("spam-2");
    expect(firstFreeSlug("spam", new Set(["spam", "spam-2"]))).toBe("spam-3");
  });

  it("stays within the length limit", () => {
    const base = "a".repeat(60);
    expect(firstFreeSlug(base, new Set([base]))).toBe(`${"a".repeat(58)}-2`);
  });
});
