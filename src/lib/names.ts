/** How programmes and sources are named in each language. */
import { t } from '../i18n/index.ts';
import type { Programme } from '../schemas/programmes.ts';
import type { Lang } from './format.ts';

/** "Chương trình 01-CTr/TU: Tăng cường…" or, for an area, its title alone. */
export function programmeName(lang: Lang, p: Programme): string {
  const title = lang === 'vi' ? p.title_vi : p.title_en;
  if (p.kind === 'area' || !p.code) return title;
  return `${t(lang)(`programme.kind.${p.kind}`)} ${p.code}: ${title}`;
}

/** The short name: "Nghị quyết 15-NQ/TU", or an area's title. */
export function programmeShortName(lang: Lang, p: Programme): string {
  if (p.kind === 'area') return lang === 'vi' ? p.title_vi : p.title_en;
  if (!p.code) return lang === 'vi' ? p.title_vi : p.title_en;
  return `${t(lang)(`programme.kind.${p.kind}`)} ${p.code}`;
}
