import fc from "fast-check";
import { encodeCopy } from "./copy-encoding";
import type { BatchPoint } from "./fold";

const RUN = "0b1c1f55-2a57-4c57-9a43-3d1d2d6a3c09";
const EPOCH_2000 = Date.UTC(2000, 0, 1);

/** Reads PGCOPY's binary format back: the header, each row's six fields, the trailer. */
function decode(bytes: Uint8Array) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const text = new TextDecoder();
  expect([...bytes.subarray(0, 11)]).toEqual([0x50, 0x47, 0x43, 0x4f, 0x50, 0x59, 0x0a, 0xff, 0x0d, 0x0a, 0x00]);
  expect(view.getInt32(11)).toBe(0);
  expect(view.getInt32(15)).toBe(0);
  let at = 19;
  const rows = [];
  for (;;) {
    const fields = view.getInt16(at);
    at += 2;
    if (fields === -1) break;
    expect(fields).toBe(6);
    const field = () => {
      const length = view.getInt32(at);
      const value = bytes.subarray(at + 4, at + 4 + length);
      at += 4 + length;
      return { length, value, view: new DataView(value.buffer, value.byteOffset, value.byteLength) };
    };
    const uuid = [...field().value].map((byte) => byte.toString(16).padStart(2, "0")).join("");
    const key = text.decode(field().value);
    const split = text.decode(field().value);
    const step = field().view.getBigInt64(0);
    const value = field().view.getFloat64(0);
    const micros = field().view.getBigInt64(0);
    rows.push({ uuid, key, split, step, value, ms: Number(micros / 1000n) + EPOCH_2000 });
  }
  expect(at).toBe(bytes.length);
  return rows;
}

describe("encodeCopy", () => {
  it("writes steps as 64-bit integers, exactly from their text past 2^53, and NaN and the infinities as they are", () => {
    const points: BatchPoint[] = [
      { key: "loss", split: "", step: -(2 ** 62), value: Number.NaN, at: 0 },
      { key: "loss", split: "", step: 2 ** 62, stepText: "4611686018427387905", value: Infinity, at: 0 },
      { key: "loss", split: "", step: 2 ** 63, stepText: "9223372036854775807", value: -Infinity, at: undefined },
    ];
    const rows = decode(encodeCopy(RUN, points, 1234));
    expect(rows.map((row) => row.step)).toEqual([-(2n ** 62n), 4611686018427387905n, 9223372036854775807n]);
    expect(rows.map((row) => row.value)).toEqual([Number.NaN, Infinity, -Infinity]);
    expect(rows.map((row) => row.ms)).toEqual([0, 0, 1234]);
    expect(rows[0]!.uuid).toBe(RUN.replaceAll("-", ""));
  });

  it("refuses a run id that is not a uuid", () => {
    expect(() => encodeCopy("not-a-uuid", [], 0)).toThrow(/uuid/);
  });

  it("round-trips any batch: keys and splits in UTF-8, values bit for bit, times to the millisecond", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            key: fc.string({ unit: "grapheme", maxLength: 12 }),
            split: fc.constantFrom("", "train", "validation", "tëst"),
            step: fc.integer({ min: -(2 ** 53) + 1, max: 2 ** 53 - 1 }),
            value: fc.double(),
            at: fc.option(fc.integer({ min: 0, max: 4_102_444_800_000 }), { nil: undefined }),
          }),
          { maxLength: 200 },
        ),
        (points) => {
          const rows = decode(encodeCopy(RUN, points, 777));
          expect(rows.map((row) => ({ key: row.key, split: row.split, step: Number(row.step), value: row.value, at: row.ms }))).toEqual(
            points.map((p) => ({ key: p.key, split: p.split, step: p.step, value: p.value, at: p.at ?? 777 })),
          );
          for (const [index, row] of rows.entries()) expect(Object.is(row.value, points[index]!.value)).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });
});
