/**
 * The rule for narrative prose: a figure from the data is never typed, it is cited
 * through a component. What may stand in the prose as digits: years and spans of
 * years, dates, document codes (15-NQ/TU, 97/2019/QH14) and digits inside a word
 * (Q1, Covid-19). Anything else is a typed figure.
 */
const ALLOWED: RegExp[] = [
  /<[^>]*>/g, // components and their attributes
  /\]\([^)]*\)/g, // link targets
  /\b\d+\s?-\s?[A-ZĐ][A-Za-zĐđ]*\/[A-ZĐƯ.]+/g, // 01-CTr/TU, 15-NQ/TƯ
  /\b\d+\/\d{4}\/[A-ZĐ0-9-]+/g, // 97/2019/QH14
  /\b\d{1,2}\/\d{1,2}\/\d{4}\b/g, // 17/3/2021
  /\b\d{1,2}\/\d{4}\b/g, // 3/2023
  /\b\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}\b/g,
  /\b\d{1,2}\s+tháng\s+(đầu|cuối)\s+năm\b/gu, // 6 tháng đầu năm 2024: a part of the year, not a figure
  /\b(first|last)\s+\d{1,2}\s+months\b/g, // the first 6 months
  /\b(thứ|lần thứ|khóa|khoá)\s+\d+/gu, // Hội nghị lần thứ 8: an ordinal
  /\b(tháng|ngày|quý)\s+\d{1,2}(?=\s+năm\s+(19|20)\d{2})/gu, // tháng 6 năm 2024
  /\b(19|20)\d{2}\s?[–-]\s?(19|20)\d{2}\b/g, // 2020–2025
  /\b(19|20)\d{2}\b/g, // 2025
  /[\p{L}]+-?\d+/gu, // Covid-19, Q1
  /\b\d+(st|nd|rd|th)\b/g, // 17th
  /\b[IVX]+(\.\d+)+\.?/g, // the report's sections: I.2, II.1.3
  /\b(Vành đai|vành đai|Ring Road|ring road)\s+\d+/g, // the name of a road
  // references to the source's own apparatus: "footnote 47", "dòng 245", "mục 3.1", "Decree 62/2020"
  /\b(footnotes?|chú thích|lines?|dòng|items?|mục|rows?|sections?|Decrees?|Nghị định|Decisions?|Quyết định|Quy định|Hướng dẫn|Guidance|Kết luận|Conclusion|Resolution|Nghị quyết|Điều|Article)\s+\d+(?:[.,/]\d+)*(?:\s*(?:và|and|,)\s*\d+(?:[.,/]\d+)*)*/giu,
];

/** Blanks a match, keeping its length and line breaks, so that positions still point into the file. */
const blank = (m: string) => m.replace(/[^\n]/g, ' ');

/** Figures typed into the prose: where each stands in the text, with a little context. */
export function typedFigureAt(mdx: string): { index: number; text: string }[] {
  let text = mdx.replace(/^---[\s\S]*?---/, (fm) => fm.replace(/^(?!summary:).*$/gm, blank));
  for (const re of ALLOWED) text = text.replace(re, blank);
  return [...text.matchAll(/\d+(?:[.,]\d+)*/g)].map((m) => ({
    index: m.index,
    // a little context, from the same line of the file
    text: mdx.slice(Math.max(0, m.index - 30, mdx.lastIndexOf('\n', m.index) + 1), m.index + m[0].length + 10).split('\n')[0]!.replace(/\s+/g, ' ').trim(),
  }));
}

/** Figures typed into the prose, each with a little context; empty when the rule holds. */
export function typedFigures(mdx: string): string[] {
  return typedFigureAt(mdx).map((f) => f.text);
}
