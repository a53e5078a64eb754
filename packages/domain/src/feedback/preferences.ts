/**
 * Pairwise preferences ("answer 1 or answer 2 — pick one"): win rates per version, and the DPO lines a preference
 * becomes. A tie counts half a win to each side; a comparison of a version with itself tells nothing about it.
 */

export const PREFERENCE_CHOICES = ["A", "B", "TIE"] as const;
export type PreferenceChoice = (typeof PREFERENCE_CHOICES)[number];

/** How many times one pair of variants was judged one way. */
export interface PairTally {
  a: string;
  b: string;
  choice: PreferenceChoice;
  count: number;
}

export interface WinRate {
  variant: string;
  comparisons: number;
  wins: number;
  losses: number;
  ties: number;
  /** (wins + ties / 2) / comparisons. */
  winRate: number;
  /** Wilson's 95 % interval on the win rate. */
  low: number;
  high: number;
}

export interface HeadToHead {
  variant: string;
  opponent: string;
  comparisons: number;
  /** The variant's win rate against this opponent (ties as half). */
  winRate: number;
}

const Z95 = 1.959963984540054;

/** Wilson's score interval for a proportion `p` of `n` trials (95 %). */
export function wilsonInterval(p: number, n: number): { low: number; high: number } {
  if (n === 0) return { low: 0, high: 1 };
  const z2 = Z95 * Z95;
  const centre = p + z2 / (2 * n);
  const spread = Z95 * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  const denominator = 1 + z2 / n;
  return { low: Math.max(0, (centre - spread) / denominator), high: Math.min(1, (centre + spread) / denominator) };
}

interface Tally {
  wins: number;
  losses: number;
  ties: number;
}

const emptyTally = (): Tally => ({ wins: 0, losses: 0, ties: 0 });

function credit(tally: Tally, outcome: "win" | "loss" | "tie", count: number) {
  if (outcome === "win") tally.wins += count;
  else if (outcome === "loss") tally.losses += count;
  else tally.ties += count;
}

const rateOf = (tally: Tally) => {
  const comparisons = tally.wins + tally.losses + tally.ties;
  return { comparisons, winRate: comparisons ? (tally.wins + tally.ties / 2) / comparisons : 0 };
};

/** Each variant's record over every comparison it was in (best first), and each pairing's head-to-head rate. */
export function winRates(tallies: readonly PairTally[]): { variants: WinRate[]; headToHead: HeadToHead[] } {
  const overall = new Map<string, Tally>();
  const pairs = new Map<string, Tally>();
  const tallyOf = (map: Map<string, Tally>, key: string) => {
    let tally = map.get(key);
    if (!tally) map.set(key, (tally = emptyTally()));
    return tally;
  };
  for (const { a, b, choice, count } of tallies) {
    if (a === b || count <= 0) continue;
    const outcomeA = choice === "A" ? "win" : choice === "B" ? "loss" : "tie";
    const outcomeB = choice === "B" ? "win" : choice === "A" ? "loss" : "tie";
    credit(tallyOf(overall, a), outcomeA, count);
    credit(tallyOf(overall, b), outcomeB, count);
    credit(tallyOf(pairs, JSON.stringify([a, b])), outcomeA, count);
    credit(tallyOf(pairs, JSON.stringify([b, a])), outcomeB, count);
  }
  const variants = [...overall].map(([variant, tally]): WinRate => {
    const { comparisons, winRate } = rateOf(tally);
    return { variant, comparisons, ...tally, winRate, ...wilsonInterval(winRate, comparisons) };
  });
  variants.sort((x, y) => y.winRate - x.winRate || y.comparisons - x.comparisons || x.variant.localeCompare(y.variant));
  const headToHead = [...pairs].map(([key, tally]): HeadToHead => {
    const [variant, opponent] = JSON.parse(key) as [string, string];
    return { variant, opponent, ...rateOf(tally) };
  });
  headToHead.sort((x, y) => x.variant.localeCompare(y.variant) || x.opponent.localeCompare(y.opponent));
  return { variants, headToHead };
}

/** The DPO training line of a preference (`prompt`, `chosen`, `rejected`), or null for a tie, which prefers nothing. */
export function dpoLine(preference: { prompt: string; responseA: string; responseB: string; choice: PreferenceChoice }): string | null {
  if (preference.choice === "TIE") return null;
  const [chosen, rejected] = preference.choice === "A" ? [preference.responseA, preference.responseB] : [preference.responseB, preference.responseA];
  return `${JSON.stringify({ prompt: preference.prompt, chosen, rejected })}\n`;
}
