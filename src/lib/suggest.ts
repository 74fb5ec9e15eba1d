/** "Did you mean": the closest known id to a mistyped one, when it is close enough to be a typo. */
export function didYouMean(typed: string, known: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestD = Infinity;
  for (const k of known) {
    const d = distance(typed, k);
    if (d < bestD) [best, bestD] = [k, d];
  }
  // A third of the length at most: "new-member-admitted" finds "new-members-admitted", "abc" finds nothing.
  return best !== undefined && bestD > 0 && bestD <= Math.max(2, Math.floor(typed.length / 3)) ? best : undefined;
}

/** Edit distance (insertions, deletions, substitutions). */
function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length]!;
}
