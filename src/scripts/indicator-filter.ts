/**
 * Progressive enhancement of the indicators index: without JavaScript it is a plain
 * grouped list; with it, the filter controls show and hides indicators by status and
 * programme, says how many it shows, and keeps the filter in the address.
 */
import { filterQuery, programmeShown, readFilter, statusShown, type IndexFilter } from '../lib/index-filter.ts';

const controls = document.querySelector<HTMLElement>('.ix-filter');
if (controls) {
  const status = controls.querySelector<HTMLSelectElement>('select[name="status"]')!;
  const programme = controls.querySelector<HTMLSelectElement>('select[name="programme"]')!;
  const count = document.getElementById(controls.dataset.output!)!;
  const groups = [...document.querySelectorAll<HTMLElement>('.ix-group')];
  const total = document.querySelectorAll('.ix-group li[data-status]').length;

  const apply = (f: IndexFilter) => {
    let shown = 0;
    for (const g of groups) {
      const inProgramme = programmeShown(f, g.dataset.programme!);
      let n = 0;
      for (const part of g.querySelectorAll<HTMLElement>('.ix-part')) {
        let inPart = 0;
        for (const li of part.querySelectorAll<HTMLElement>('li[data-status]')) {
          li.hidden = !(inProgramme && statusShown(f, li.dataset.status!));
          if (!li.hidden) inPart++;
        }
        part.hidden = inPart === 0;
        n += inPart;
      }
      g.hidden = n === 0;
      const jump = document.querySelector<HTMLElement>(`.ix-toc a[href="#${g.id}"]`)?.parentElement;
      if (jump) jump.hidden = g.hidden;
      shown += n;
    }
    count.textContent = shown === 0 ? controls.dataset.none! : controls.dataset.count!.replace('{n}', String(shown)).replace('{total}', String(total));
  };

  // a value the lists do not offer (from an old link) shows everything
  const pick = (select: HTMLSelectElement, value: string) => {
    select.value = [...select.options].some((o) => o.value === value) ? value : '';
  };
  const initial = readFilter(location.search);
  pick(status, initial.status);
  pick(programme, initial.programme);

  controls.addEventListener('change', () => {
    const f = { status: status.value, programme: programme.value };
    apply(f);
    history.replaceState(null, '', `${location.pathname}${filterQuery(f)}`);
  });
  controls.hidden = false;
  apply({ status: status.value, programme: programme.value });
}
