import { effectiveRole, hasRole, wouldLeaveNoLead } from "./access";

describe("hasRole", () => {
  it.each([
    ["VIEWER", "VIEWER", true],
    ["VIEWER", "CONTRIBUTOR", false],
    ["VIEWER", "LEAD", false],
    ["CONTRIBUTOR", "VIEWER", true],
    ["CONTRIBUTOR", "CONTRIBUTOR", true],
    ["CONTRIBUTOR", "LEAD", false],
    ["LEAD", "VIEWER", true],
    ["LEAD", "CONTRIBUTOR", true],
    ["LEAD", "LEAD", true],
    [null, "VIEWER", false],
  ] as const)("%s holds %s: %s", (held, needed, expected) => {
    expect(hasRole(held, needed)).toBe(expected);
  });
});

describe("effectiveRole", () => {
  it("makes an instance admin a lead everywhere", () => {
    expect(effectiveRole(null, true)).toBe("LEAD");
    expect(effectiveRole("VIEWER", true)).toBe("LEAD");
  });

  it("keeps a member's role, and none for a stranger", () => {
    expect(effectiveRole("CONTRIBUTOR", false)).toBe("CONTRIBUTOR");
    expect(effectiveRole(null, false)).toBeNull();
  });
});

describe("wouldLeaveNoLead", () => {
  it("refuses to remove or demote the last lead", () => {
    expect(wouldLeaveNoLead(["LEAD", "VIEWER"], "LEAD", null)).toBe(true);
    expect(wouldLeaveNoLead(["LEAD"], "LEAD", "CONTRIBUTOR")).toBe(true);
  });

  it("allows it when another lead remains, or when no lead is touched", () => {
    expect(wouldLeaveNoLead(["LEAD", "LEAD"], "LEAD", null)).toBe(false);
    expect(wouldLeaveNoLead(["LEAD", "VIEWER"], "VIEWER", null)).toBe(false);
    expect(wouldLeaveNoLead(["LEAD"], "LEAD", "LEAD")).toBe(false);
  });
});
