/**
 * Text width at build time, without a browser: a per-character estimate for the
 * sans-serif faces the site and the PNGs use (system-ui, DejaVu Sans), erring wide so
 * that labels placed with it keep their room. The browser test measures the real boxes.
 */
const NARROW = /[ijlrtfI.,:;'!|()\[\]\/\s·]/;
const WIDE = /[mwMWđĐ%—–]/;

/** Estimated width in px of `text` set at `size` px (bold up to 15% wider). */
export function textWidth(text: string, size = 12, bold = false): number {
  let em = 0;
  for (const ch of text.normalize('NFC')) em += NARROW.test(ch) ? 0.34 : WIDE.test(ch) ? 0.92 : /\p{Lu}/u.test(ch) ? 0.72 : 0.62;
  return em * size * (bold ? 1.15 : 1);
}

/** Greedy word wrap to `width` px; at most `maxLines` lines, the last cut with "…" if it overflows. */
export function wrapText(text: string, width: number, size = 12, maxLines = Infinity, bold = false): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && textWidth(next, size, bold) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = `${kept[maxLines - 1]} ${lines[maxLines]}`;
  while (textWidth(`${last}…`, size, bold) > width && last.includes(' ')) last = last.slice(0, last.lastIndexOf(' '));
  while (textWidth(`${last}…`, size, bold) > width && last.length > 1) last = last.slice(0, -1);
  kept[maxLines - 1] = `${last}…`;
  return kept;
}
