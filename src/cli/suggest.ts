// "Did you mean": the candidates nearest to a mistyped name, for methods, update cases, flags and
// JSON keys alike.

/** Levenshtein distance between `a` and `b`, case-insensitive (one row of the table at a time). */
export function editDistance(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  let row = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const next = [i];
    for (let j = 1; j <= y.length; j++) {
      const substitution = row[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1);
      next.push(Math.min(row[j]! + 1, next[j - 1]! + 1, substitution));
    }
    row = next;
  }
  return row[y.length]!;
}

/**
 * Up to `limit` candidates near `input`, nearest first: within an edit distance of a third of the
 * input's length (at least 2), or containing it (`sendMessage` finds `messages.sendMessage`).
 * A candidate with a dot is also measured by its last part alone, so a name typed without its
 * namespace still finds it.
 */
export function nearest(input: string, candidates: Iterable<string>, limit = 3): string[] {
  const needle = input.toLowerCase();
  const budget = Math.max(2, Math.floor(input.length / 3));
  const scored: { candidate: string; score: number }[] = [];
  for (const candidate of candidates) {
    const last = candidate.slice(candidate.lastIndexOf(".") + 1);
    const distance = Math.min(editDistance(input, candidate), editDistance(input, last));
    const contains = needle.length >= 3 && candidate.toLowerCase().includes(needle);
    if (distance <= budget || contains) scored.push({ candidate, score: contains ? Math.min(distance, 1) : distance });
  }
  scored.sort((a, b) => a.score - b.score || a.candidate.localeCompare(b.candidate));
  return scored.slice(0, limit).map((s) => s.candidate);
}

/** `" (did you mean a, b?)"`, or `""` when nothing is near. */
export function didYouMean(input: string, candidates: Iterable<string>): string {
  const near = nearest(input, candidates);
  return near.length === 0 ? "" : ` (did you mean ${near.join(", ")}?)`;
}
