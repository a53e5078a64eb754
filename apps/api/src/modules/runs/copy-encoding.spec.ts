import { encodeCopy } from "./copy-encoding";

const RUN = "0b1c1f55-2a57-4c57-9a43-3d1d2d6a3c09";
const row = (step: number, stepText?: string) => ({ point: { key: "loss", split: "", step, value: 0.5, at: 0, ...(stepText ? { stepText } : {}) }, at: Date.UTC(2000, 0, 1), key: Buffer.from("loss"), split: Buffer.alloc(0) });

/** The step field of the first row: after the 19-byte header, the field count, the uuid, the key and the split. */
function stepOf(buffer: Buffer): bigint {
  const at = 19 + 2 + (4 + 16) + (4 + 4) + 4;
  expect(buffer.readInt32BE(at)).toBe(8);
  return buffer.readBigInt64BE(at + 4);
}

describe("encodeCopy", () => {
  it("writes PGCOPY's header and trailer around the rows", () => {
    const buffer = encodeCopy(RUN, [row(3)]);
    expect(buffer.subarray(0, 11).toString("latin1")).toBe("PGCOPY\n\xff\r\n\0");
    expect(buffer.readInt16BE(19)).toBe(6);
    expect(buffer.subarray(25, 41).toString("hex")).toBe(RUN.replaceAll("-", ""));
    expect(buffer.readInt16BE(buffer.length - 2)).toBe(-1);
  });

  it("writes steps as 64-bit integers, exactly from their text past 2^53", () => {
    expect(stepOf(encodeCopy(RUN, [row(-(2 ** 62))]))).toBe(-(2n ** 62n));
    expect(stepOf(encodeCopy(RUN, [row(2 ** 62, "4611686018427387905")]))).toBe(4611686018427387905n);
    expect(stepOf(encodeCopy(RUN, [row(2 ** 63, "9223372036854775807")]))).toBe(9223372036854775807n);
  });
});
