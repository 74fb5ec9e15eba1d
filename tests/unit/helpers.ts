/** Tiny inline datasets for tests, parsed by the real loader (house style: three-line CSVs). */
import { parseDataset, readDataTexts, type DataTexts } from '../../src/lib/dataset.ts';

const good = readDataTexts('tests/fixtures/good');

export function dataset(patch: Partial<DataTexts> = {}) {
  return parseDataset({ ...good, ...patch });
}

export const INDICATOR_HEADER = 'id,programme,label_vi,label_en,measure,unit_vi,unit_en,higher_is_better,aggregate,target_kind,target_low,target_high,target_per,target_source,target_line,target_quote,part_of,parts_add_up,note_vi,note_en,change_of';
export const OBSERVATION_HEADER = 'indicator,period,value,qualifier,total,stated_percent,percent_base,source,line,quote,printed,note_vi,note_en';
