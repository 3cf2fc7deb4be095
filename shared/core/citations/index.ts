// Public API of citation extraction: find provision citations in legal text and name them with canonical keys.
export type { Citation, ExtractContext } from './types.js';
export { extractCitations } from './extract.js';
export { describeProvision, parseProvisionKey, provisionKey } from './keys.js';
export { INSTRUMENTS, INSTRUMENT_DEFS, createRegistry, type InstrumentDef, type InstrumentKind, type InstrumentRegistry } from './registry.js';
