// The traceability matrix's column groups: which instrument group a provision belongs to, their names and order.
import { INSTRUMENT_GROUPS, type InstrumentGroup } from '../api/review-dto.js';
import { parseProvisionKey } from '../citations/keys.js';

export const INSTRUMENT_GROUP_LABELS: Record<InstrumentGroup, string> = {
  'civil-code': 'Civil Code',
  'admin-code': 'Administrative Code',
  'criminal-code': 'Criminal Code',
  'wto-wpr': 'Working Party Report',
  'federal-laws': 'Federal laws',
  other: 'Other instruments',
};

const BY_INSTRUMENT: Record<string, InstrumentGroup> = {
  'ru-civil-code': 'civil-code',
  'ru-admin-code': 'admin-code',
  'ru-criminal-code': 'criminal-code',
  'wto-wpr-rus': 'wto-wpr',
};

export function instrumentGroup(instrument: string): InstrumentGroup {
  return BY_INSTRUMENT[instrument] ?? (/^ru-fl-/.test(instrument) ? 'federal-laws' : 'other');
}

export function groupOfKey(key: string): InstrumentGroup {
  return instrumentGroup(parseProvisionKey(key)?.instrument ?? key);
}

/** Column order: by group, then instrument, then article and part numerically ("1252/5" before "1253"). */
export function compareProvisionKeys(a: string, b: string): number {
  const ga = INSTRUMENT_GROUPS.indexOf(groupOfKey(a));
  const gb = INSTRUMENT_GROUPS.indexOf(groupOfKey(b));
  return ga - gb || a.localeCompare(b, 'en', { numeric: true });
}
