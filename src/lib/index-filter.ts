/**
 * The filter of the indicators index, as the page's script applies it and as its
 * address keeps it (`?status=met&programme=congress-17`), so a filtered list can be
 * linked to. An empty value means "any".
 */
export interface IndexFilter {
  /** a status, WITH_TARGET, or "" */
  status: string;
  /** a programme id, or "" */
  programme: string;
}

/** Any status but "no-target": the indicators a source sets a target for. */
export const WITH_TARGET = 'target';

export function readFilter(search: string): IndexFilter {
  const q = new URLSearchParams(search);
  return { status: q.get('status') ?? '', programme: q.get('programme') ?? '' };
}

/** The query string for a filter: "" when it shows everything. */
export function filterQuery(f: IndexFilter): string {
  const q = new URLSearchParams();
  if (f.status) q.set('status', f.status);
  if (f.programme) q.set('programme', f.programme);
  const s = q.toString();
  return s ? `?${s}` : '';
}

export function statusShown(f: IndexFilter, status: string): boolean {
  if (f.status === '') return true;
  if (f.status === WITH_TARGET) return status !== 'no-target';
  return status === f.status;
}

export function programmeShown(f: IndexFilter, programme: string): boolean {
  return f.programme === '' || f.programme === programme;
}
