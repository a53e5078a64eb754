import type { BatchPoint } from "./fold";

/** PGCOPY's signature: "PGCOPY\n\377\r\n\0". */
const COPY_SIGNATURE = [0x50, 0x47, 0x43, 0x4f, 0x50, 0x59, 0x0a, 0xff, 0x0d, 0x0a, 0x00];
const POSTGRES_EPOCH_MS = Date.UTC(2000, 0, 1);
const TWO_32 = 2 ** 32;
const utf8 = new TextEncoder();

/**
 * A run's points in COPY's binary format, for `COPY metric_points (run_id, key, split, step, value, timestamp)
 * FROM STDIN WITH (FORMAT binary)`: no number or date is written out as text for Postgres to parse back. Each
 * row is run_id uuid, key text, split text (UTF-8), step int8 (exactly from stepText past 2^53), value float8
 * (NaN and the infinities as they are), timestamp timestamptz (microseconds since 2000; `arrivedMs` for points
 * sent without a time). A series' key and split are encoded once for each run of its points.
 */
export function encodeCopy(runId: string, points: readonly BatchPoint[], arrivedMs: number): Uint8Array {
  const uuid = uuidBytes(runId);
  // Sizes first, so that one buffer holds everything.
  let size = COPY_SIGNATURE.length + 8 + 2;
  let lastKey: string | undefined;
  let lastSplit: string | undefined;
  let keyBytes = new Uint8Array(0);
  let splitBytes = new Uint8Array(0);
  const encoded: Array<[Uint8Array, Uint8Array]> = new Array(points.length);
  for (let index = 0; index < points.length; index += 1) {
    const point = points[index]!;
    if (point.key !== lastKey) {
      lastKey = point.key;
      keyBytes = utf8.encode(point.key);
    }
    if (point.split !== lastSplit) {
      lastSplit = point.split;
      splitBytes = utf8.encode(point.split);
    }
    encoded[index] = [keyBytes, splitBytes];
    size += 2 + (4 + 16) + (4 + keyBytes.length) + (4 + splitBytes.length) + 3 * (4 + 8);
  }
  const bytes = new Uint8Array(size);
  const view = new DataView(bytes.buffer);
  bytes.set(COPY_SIGNATURE, 0);
  let at = COPY_SIGNATURE.length;
  view.setInt32(at, 0); // flags
  view.setInt32(at + 4, 0); // header extension length
  at += 8;
  const int64 = (value: number) => {
    const high = Math.floor(value / TWO_32);
    view.setInt32(at, 8);
    view.setInt32(at + 4, high);
    view.setUint32(at + 8, value - high * TWO_32);
    at += 12;
  };
  for (let index = 0; index < points.length; index += 1) {
    const point = points[index]!;
    const [key, split] = encoded[index]!;
    view.setInt16(at, 6);
    view.setInt32(at + 2, 16);
    bytes.set(uuid, at + 6);
    at += 22;
    view.setInt32(at, key.length);
    bytes.set(key, at + 4);
    at += 4 + key.length;
    view.setInt32(at, split.length);
    bytes.set(split, at + 4);
    at += 4 + split.length;
    if (point.stepText === undefined) int64(point.step);
    else {
      view.setInt32(at, 8);
      view.setBigInt64(at + 4, BigInt(point.stepText));
      at += 12;
    }
    view.setInt32(at, 8);
    view.setFloat64(at + 4, point.value);
    at += 12;
    int64(((point.at ?? arrivedMs) - POSTGRES_EPOCH_MS) * 1000);
  }
  view.setInt16(at, -1);
  return bytes;
}

function uuidBytes(id: string): Uint8Array {
  const hex = id.replaceAll("-", "");
  if (!/^[0-9a-fA-F]{32}$/.test(hex)) throw new Error(`Not a uuid: ${id}`);
  const bytes = new Uint8Array(16);
  for (let index = 0; index < 16; index += 1) bytes[index] = Number.parseInt(hex.slice(index * 2, index * 2 + 2), 16);
  return bytes;
}
