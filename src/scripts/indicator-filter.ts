/**
 * Progressive enhancement of the indicators index: without JavaScript it is a plain
 * grouped list; with it, the filter form shows and hides indicators by status and
 * programme, says how many it shows, and keeps the filter in the address.
 */
import { filterQuery, programmeShown, readFilter, statusShown, type IndexFilter } from '../lib/index-filter.ts';

const form = document.querySelector<HTMLFormElement>('form.ix-filter');
if (form) {
  const status = form.elements.namedItem('status') as HTMLSelectElement;
  const programme = form.elements.namedItem('programme') as HTMLSelectElement;
  const count = document.getElementById(form.dataset.output!)!;
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
    count.textContent = shown === 0 ? form.dataset.none! : form.dataset.count!.replace('{n}', String(shown)).replace('{total}', String(total));
  };

  // a value the lists do not offer (from an old link) shows everything
  const pick = (select: HTMLSelectElement, value: string) => {
    select.value = [...select.options].some((o) => o.value === value) ? value : '';
  };
  const initial = readFilter(location.search);
  pick(status, initial.status);
  pick(programme, initial.programme);

  form.addEventListener('change', () => {
    const f = { status: status.value, programme: programme.value };
    apply(f);
    history.replaceState(null, '', `${location.pathname}${filterQuery(f)}`);
  });
  form.addEventListener('submit', (e) => e.preventDefault());
  form.hidden = false;
  apply({ status: status.value, programme: programme.value });
}
