/** What the MDX components share: the page language, read from the URL they render at. */
import type { Lang } from '../../lib/format.ts';
import { BASE } from '../../lib/routes.ts';

export function langOfPath(pathname: string): Lang {
  return pathname.slice(BASE.length - 1).startsWith('/en/') ? 'en' : 'vi';
}
