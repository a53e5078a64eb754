import { parseCsvLine } from "./csv";

describe("parseCsvLine", () => {
  it("splits on commas and keeps empty cells", () => {
    expect(parseCsvLine("a,b,,c", 1)).toEqual(["a", "b", "", "c"]);
    expect(parseCsvLine("a,", 1)).toEqual(["a", ""]);
    expect(parseCsvLine("", 1)).toEqual([""]);
  });

  it("reads quoted cells with commas and doubled quotes", () => {
    expect(parseCsvLine('"x, y","say ""hi""",3', 1)).toEqual(["x, y", 'say "hi"', "3"]);
    expect(parseCsvLine('"",1', 1)).toEqual(["", "1"]);
  });

  it("refuses an unclosed quote or text after a closing quote, naming the line", () => {
    expect(() => parseCsvLine('"open,1', 7)).toThrow(/Line 7: a quoted value is not closed/);
    expect(() => parseCsvLine('"a"b,1', 3)).toThrow(/Line 3: text after a closing quote/);
  });
});
