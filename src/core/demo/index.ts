/** Seeded demo data (Lumen Freight, and a large organisation for benchmarks) as import records. */
export { generateDemo, type DemoOptions } from './generate.js';
export { demoPeople, demoPerson, DEMO_DOMAIN, LUMEN_TEAMS, type DemoPerson, type DemoRole } from './lumen.js';
export { demoSituations, situationsFor, type Situations } from './situations.js';
export { DEMO_SLOS } from './sli.js';
export { Rng, hash32 } from './random.js';
