import { describe, expect, it } from 'vitest';
import { dictionaries, t } from '../../src/i18n/index.ts';

describe('the dictionaries', () => {
  it('have the same keys in both languages, none empty', () => {
    expect(Object.keys(dictionaries.en).sort()).toEqual(Object.keys(dictionaries.vi).sort());
    for (const d of Object.values(dictionaries)) {
      for (const [k, v] of Object.entries(d)) if (!k.startsWith('status.short.no-target')) expect(v, k).not.toBe('');
    }
  });
  it('fill placeholders', () => {
    expect(t('vi')('programme.indicatorCount', { n: 3 })).toBe('3 chỉ số');
    expect(t('en')('rank.up', { n: 7 })).toBe('up 7 places');
  });
  it('use the same placeholders in both languages', () => {
    const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const k of Object.keys(dictionaries.vi) as (keyof typeof dictionaries.vi)[]) {
      expect(names(dictionaries.en[k]), k).toEqual(names(dictionaries.vi[k]));
    }
  });
});
