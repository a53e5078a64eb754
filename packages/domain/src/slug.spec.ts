import { firstFreeSlug, isReservedSlug, slugify, unreservedSlug } from "./slug";

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

describe("reserved slugs", () => {
  it("keeps the MLflow imports prefix for Lifecycle's own projects", () => {
    expect(isReservedSlug("mlflow-imports")).toBe(true);
    expect(isReservedSlug("mlflow-imports-1a2b3c4d")).toBe(true);
    expect(isReservedSlug("mlflow-importsx")).toBe(false);
    expect(isReservedSlug("my-mlflow-imports")).toBe(false);
    expect(unreservedSlug(slugify("MLflow imports"))).toBe("project-mlflow-imports");
    expect(unreservedSlug("spam")).toBe("spam");
  });
});
