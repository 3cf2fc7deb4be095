// Public API of citation extraction: find provision citations in legal text and name them with canonical keys.
export type { Citation, CitationFamily, ExtractContext } from './types.js';
export { extractCitations } from './extract.js';
export { canonicalProvisionKey, describeProvision, parseProvisionKey, provisionKey } from './keys.js';
export { FAMILIES, familiesOf } from './families.js';
export {
  INSTRUMENTS,
  INSTRUMENT_DEFS,
  INSTRUMENT_GROUPS,
  createRegistry,
  numberedActId,
  parseNumberedActId,
  type InstrumentDef,
  type InstrumentKind,
  type InstrumentRegistry,
  type LawSeries,
} from './registry.js';
