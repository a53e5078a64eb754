import { compareParamKeys, diffParams, inferParamValue, paramType, sameParamValue } from "./params";

describe("inferParamValue", () => {
  it.each([
    ["0.01", 0.01],
    ["32", 32],
    ["-1e-4", -0.0001],
    [".5", 0.5],
    ["True", true],
    ["false", false],
    ["adam", "adam"],
    ["1e400", "1e400"],
    ["NaN", "NaN"],
    ["12abc", "12abc"],
    ["", ""],
    ["0x10", "0x10"],
  ])("reads %j as %j", (text, value) => {
    expect(inferParamValue(text)).toEqual(value);
  });
});

describe("param values", () => {
  it("types values", () => {
    expect(paramType(1)).toBe("number");
    expect(paramType("adam")).toBe("string");
    expect(paramType(false)).toBe("boolean");
  });

  it("treats only the same type and value as the same", () => {
    expect(sameParamValue(0.01, 0.01)).toBe(true);
    expect(sameParamValue(32, "32")).toBe(false);
    expect(sameParamValue(true, "true")).toBe(false);
    expect(sameParamValue("adam", "sgd")).toBe(false);
  });

  it("orders well-known keys first", () => {
    expect(["zeta", "optimizer", "alpha", "learning_rate", "epochs"].sort(compareParamKeys)).toEqual(["learning_rate", "epochs", "optimizer", "alpha", "zeta"]);
  });

  it("marks the keys whose values differ between runs", () => {
    expect(diffParams([{ learning_rate: 0.01, optimizer: "adam", seed: 1 }, { learning_rate: 0.01, optimizer: "sgd" }])).toEqual([
      { key: "learning_rate", values: [0.01, 0.01], differs: false },
      { key: "optimizer", values: ["adam", "sgd"], differs: true },
      { key: "seed", values: [1, null], differs: true },
    ]);
  });
});
