/**
 * The check of the MDX content against the data: every component a narrative or a
 * prose page uses cites an indicator, period and source that exist; narratives type
 * no figure; no text is left over from the `npm run new:programme` template; no prose
 * page counts the sources itself. Each problem names the .mdx file and its line, the way
 * an editor's text editor numbers them, in both languages.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { chartKind } from '../charts/figure.ts';
import { chartPoints } from '../charts/point.ts';
import { formatTarget } from './phrase.ts';
import type { DataProblem } from './problem.ts';
import { typedFigureAt } from './prose.ts';
import type { Site } from './site.ts';
import { didYouMean } from './suggest.ts';
import { TEMPLATE } from './template.ts';

export interface ContentFile {
  path: string;
  text: string;
  /** narratives follow the prose rule; prose pages explain the data format and may show numbers */
  narrative: boolean;
}

/** The MDX files under the content folder (src/content unless CONTENT_DIR says otherwise). */
export function readContent(dir = process.env.CONTENT_DIR ?? 'src/content'): ContentFile[] {
  if (!existsSync(dir)) return [];
  const walk = (d: string): string[] => readdirSync(d, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? walk(join(d, e.name)) : e.name.endsWith('.mdx') ? [join(d, e.name)] : []));
  return walk(dir).sort().map((path) => ({
    path: relative(process.cwd(), path),
    text: readFileSync(path, 'utf8'),
    narrative: path.split(/[/\\]/).includes('narratives'),
  }));
}

const COUNTS = ['sources', 'programmes', 'indicators', 'observations', 'exclusions'];
const SHOWS = ['value', 'number', 'total', 'percent', 'share', 'target'];

function lineAt(text: string, index: number): number {
  let n = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/** MDX comments and code (examples shown to editors), blanked with their line breaks kept, so that line numbers still hold. */
function withoutComments(text: string): string {
  return text.replace(/\{\/\*[\s\S]*?\*\/\}|^```[\s\S]*?^```|`[^`\n]*`/gm, (m) => m.replace(/[^\n]/g, ' '));
}

/** Placeholder lines of the template: what an editor replaces, not the headings they keep. */
const PLACEHOLDERS = [...new Set(Object.values(TEMPLATE).flatMap((t) => t.split('\n'))
  .map((l) => l.trim()).filter((l) => l !== '' && l !== '---' && !l.startsWith('#')))];

/**
 * A count of the sources written into prose or into a dictionary: "five source
 * documents", "năm văn bản nguồn". It goes stale when a source is added; <Count
 * of="sources" /> does not. "một" and "one" are left alone: they also mean "a".
 */
const COUNTED_SOURCES = new RegExp(
  '(?<![\\p{L}\\d])(?:(?!(?:19|20)\\d{2}\\b)\\d+|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)[ \\t]+(?:văn bản|nguồn|bài báo|báo cáo|tài liệu)(?!\\p{L})'
  + '|(?<![\\p{L}\\d])(?:(?!(?:19|20)\\d{2}\\b)\\d+|two|three|four|five|six|seven|eight|nine|ten)[ \\t]+(?:\\p{L}+[ \\t]+)?(?:sources?|documents?|articles?|reports?)(?!\\p{L})',
  'giu',
);

export function countedSources(text: string): { index: number; text: string }[] {
  return [...text.matchAll(COUNTED_SOURCES)].map((m) => ({ index: m.index, text: m[0] }));
}

/** The checks of the content; without a site (the data did not load) only those that need no data. */
export function checkContent(site: Site | undefined, files: ContentFile[], dataLabel = 'data'): DataProblem[] {
  const out: DataProblem[] = [];
  const ids = site ? [...site.indicators.keys()] : [];
  for (const f of files) {
    const at = (index: number, value: string, vi: string, en: string) =>
      out.push({ file: f.path, line: lineAt(f.text, index), value, vi, en });
    const text = withoutComments(f.text);
    if (site) for (const m of text.matchAll(/<(Stat|Chart|Indicator|Count)\b([^>]*?)\/?>/g)) {
      const tag = m[0].replace(/\s+/g, ' ');
      const attrs = Object.fromEntries([...m[2]!.matchAll(/(\w+)=["']([^"']*)["']/g)].map((a) => [a[1]!, a[2]!]));
      const say = (vi: string, en: string) => at(m.index, tag, vi, en);
      if (m[1] === 'Count') {
        if (!COUNTS.includes(attrs.of ?? '')) say(`of phải là một trong: ${COUNTS.join(', ')}`, `of must be one of: ${COUNTS.join(', ')}`);
        continue;
      }
      const id = m[1] === 'Indicator' ? attrs.id : attrs.indicator;
      const ind = id === undefined ? undefined : site.indicators.get(id);
      if (!ind) {
        const hint = didYouMean(id ?? '', ids);
        say(`không có chỉ số "${id ?? ''}" trong ${dataLabel}/indicators.csv${hint ? `; có phải "${hint}"?` : ''}`,
          `there is no indicator "${id ?? ''}" in ${dataLabel}/indicators.csv${hint ? `; did you mean "${hint}"?` : ''}`);
        continue;
      }
      if (m[1] === 'Chart') {
        // The chart's kind alone, as figureFor decides it, without drawing the chart.
        if (!chartKind(ind, chartPoints('vi', ind, site.observationsOf(ind.id), site.sources, ''))) say('chỉ số này không có biểu đồ (chỉ một con số và không có chỉ tiêu); dùng <Stat>', 'this indicator has no chart (a single figure with no target); use <Stat>');
        continue;
      }
      if (m[1] !== 'Stat') continue;
      const show = attrs.show ?? 'value';
      if (!SHOWS.includes(show)) {
        say(`show phải là một trong: ${SHOWS.join(', ')}`, `show must be one of: ${SHOWS.join(', ')}`);
        continue;
      }
      if (show === 'target') {
        if (!formatTarget('vi', ind)) say('chỉ số này không có chỉ tiêu; bỏ show="target"', 'this indicator has no target; drop show="target"');
        continue;
      }
      if (attrs.source !== undefined && !site.sources.has(attrs.source)) {
        const hint = didYouMean(attrs.source, [...site.sources.keys()]);
        say(`không có nguồn "${attrs.source}" trong ${dataLabel}/sources.csv${hint ? `; có phải "${hint}"?` : ''}`,
          `there is no source "${attrs.source}" in ${dataLabel}/sources.csv${hint ? `; did you mean "${hint}"?` : ''}`);
        continue;
      }
      const o = site.cited(ind.id, attrs.period, attrs.source);
      if (!o) {
        const have = [...new Set(site.observationsOf(ind.id).filter((x) => !attrs.source || x.source === attrs.source).map((x) => x.period.raw))].join(', ') || '—';
        const which = { vi: `${attrs.period ? ` với kỳ "${attrs.period}"` : ''}${attrs.source ? ` và nguồn "${attrs.source}"` : ''}`, en: `${attrs.period ? ` for period "${attrs.period}"` : ''}${attrs.source ? ` from source "${attrs.source}"` : ''}` };
        say(`không có quan sát nào của chỉ số này${which.vi} trong ${dataLabel}/observations.csv; các kỳ có: ${have}`,
          `no observation of this indicator${which.en} in ${dataLabel}/observations.csv; the periods there are: ${have}`);
      } else if ((show === 'total' || show === 'share') && o.total === undefined) {
        say(`quan sát này (${dataLabel}/observations.csv dòng ${o.row}) không có total`, `that observation (${dataLabel}/observations.csv row ${o.row}) has no total`);
      } else if (show === 'percent' && o.stated_percent === undefined) {
        say(`quan sát này (${dataLabel}/observations.csv dòng ${o.row}) không có stated_percent`, `that observation (${dataLabel}/observations.csv row ${o.row}) has no stated_percent`);
      }
    }
    if (f.narrative) {
      for (const fig of typedFigureAt(f.text)) {
        at(fig.index, fig.text,
          `con số gõ tay trong bài (${fig.text}); lấy số từ dữ liệu bằng <Stat indicator="…" period="…" />, để một lần sửa CSV đến được mọi trang`,
          `a figure typed into the prose (${fig.text}); take it from the data with <Stat indicator="…" period="…" />, so that one CSV correction reaches every page`);
      }
    }
    // In a narrative, "three sources report it" is about one figure; a prose page speaks of all of them.
    for (const c of f.narrative ? [] : countedSources(text)) {
      at(c.index, c.text, `số văn bản nguồn gõ tay ("${c.text}") sẽ sai khi thêm nguồn; dùng <Count of="sources" />`,
        `a typed count of the sources ("${c.text}") goes stale when a source is added; use <Count of="sources" />`);
    }
    for (const p of PLACEHOLDERS) {
      for (let i = f.text.indexOf(p); i !== -1; i = f.text.indexOf(p, i + p.length)) {
        at(i, p, 'chữ mẫu của npm run new:programme còn sót; thay bằng nội dung bài viết', 'template text from npm run new:programme is still there; replace it with the narrative');
      }
    }
  }
  return out;
}

/** The dictionaries must not count the sources either (the footer once said "five source documents"). */
export function checkDictionaries(files: { path: string; text: string }[]): DataProblem[] {
  return files.flatMap((f) => countedSources(f.text).map((c) => ({
    file: f.path, line: lineAt(f.text, c.index), value: c.text,
    vi: `số văn bản nguồn gõ tay ("${c.text}") sẽ sai khi thêm nguồn; dùng {n} và điền từ dữ liệu`,
    en: `a typed count of the sources ("${c.text}") goes stale when a source is added; use {n} filled from the data`,
  })));
}
