import { z } from "zod";
import { AliasNameSchema } from "./registry";
import { fieldLabel } from "./messages";
import { CreateProjectSchema } from "./projects";

const messages = (schema: z.ZodType, input: unknown) => {
  const result = schema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
};

describe("validation messages", () => {
  it("say what is wrong in words, naming the field", () => {
    expect(messages(CreateProjectSchema, { name: "" })).toEqual(["name: Name is required"]);
    expect(messages(CreateProjectSchema, {})).toEqual(["name: Name is required"]);
    expect(messages(CreateProjectSchema, { name: "x".repeat(500) })).toEqual([expect.stringMatching(/^name: Name takes at most \d+ characters$/)]);
    expect(messages(z.object({ pageSize: z.number().int().min(1).max(200) }), { pageSize: 0 })).toEqual(["pageSize: Page size must be at least 1"]);
    expect(messages(z.object({ pageSize: z.number().max(200) }), { pageSize: "a lot" })).toEqual(["pageSize: Page size must be a number"]);
    expect(messages(z.object({ owner: z.email() }), { owner: "ana" })).toEqual(["owner: Owner must be an email address"]);
    expect(messages(z.object({ direction: z.enum(["UP", "DOWN"]) }), { direction: "SIDEWAYS" })).toEqual(['direction: Direction must be one of "UP", "DOWN"']);
    expect(messages(z.object({ tags: z.array(z.string()).min(1) }), { tags: [] })).toEqual(["tags: Tags needs at least one item"]);
  });

  it("keep the messages a schema sets itself", () => {
    expect(messages(z.object({ alias: AliasNameSchema }), { alias: "latest" })).toEqual(["alias: 'latest' is reserved: it always means the newest version"]);
    expect(messages(z.object({ key: z.string().min(3, "Keys are three letters or more") }), { key: "a" })).toEqual(["key: Keys are three letters or more"]);
  });

  it("label nested and camel-cased fields by their last name", () => {
    expect(fieldLabel(["variants", 0, "trafficPercent"])).toBe("Traffic percent");
    expect(fieldLabel(["tags", 3])).toBe("Tags");
    expect(fieldLabel(["model_card"])).toBe("Model card");
    expect(fieldLabel([])).toBe("This field");
  });
});
