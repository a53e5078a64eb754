/**
 * SQL's LIKE: % any run of characters, _ exactly one (by code point), nothing else special; ILIKE compares the
 * lower-cased text as Postgres does. No regular expression and no backtracking beyond the last %: the pattern
 * is cut at each % and every piece is found at its leftmost place after the one before, which is O(text ×
 * pattern) at worst — `'%a%a%a%a%a%a%a%a%b'` against a long name costs microseconds, not seconds.
 */
export function likeMatches(text: string, pattern: string, caseInsensitive = false): boolean {
  const chars = Array.from(caseInsensitive ? text.toLowerCase() : text);
  const pieces = (caseInsensitive ? pattern.toLowerCase() : pattern).split("%").map((piece) => Array.from(piece));
  const fits = (piece: string[], at: number) => {
    if (at + piece.length > chars.length) return false;
    for (let index = 0; index < piece.length; index += 1) if (piece[index] !== "_" && piece[index] !== chars[at + index]) return false;
    return true;
  };
  const first = pieces[0]!;
  if (pieces.length === 1) return first.length === chars.length && fits(first, 0);
  if (!fits(first, 0)) return false;
  const last = pieces[pieces.length - 1]!;
  const end = chars.length - last.length;
  if (end < first.length || !fits(last, end)) return false;
  let at = first.length;
  for (const piece of pieces.slice(1, -1)) {
    while (at + piece.length <= end && !fits(piece, at)) at += 1;
    if (at + piece.length > end) return false;
    at += piece.length;
  }
  return true;
}
