/** "Did you mean": the closest known id to a mistyped one, when it is close enough to be a typo. */
export function didYouMean(typed: string, known: Iterable<string>): string | undefined {
  // A third of the length at most: "new-member-admitted" finds "new-members-admitted", "abc" finds nothing.
  const limit = Math.max(2, Math.floor(typed.length / 3));
  let best: string | undefined;
  let bestD = limit + 1;
  for (const k of known) {
    if (Math.abs(k.length - typed.length) >= bestD) continue;
    const d = distance(typed, k, bestD - 1);
    if (d > 0 && d < bestD) [best, bestD] = [k, d];
  }
  return best;
}

/** Edit distance (insertions, deletions, substitutions); any value above `max` once it is sure to exceed it. */
function distance(a: string, b: string, max: number): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let low = i;
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      low = Math.min(low, cur[j]!);
    }
    if (low > max) return max + 1;
    prev = cur;
  }
  return prev[b.length]!;
}
