import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sloDefinition } from '../../core/openslo/definition.js';
import { validateOpenSlo } from '../../core/openslo/validate.js';
import { formatDuration } from '../../core/reliability/duration.js';
import { toNumber } from '../../core/reliability/rational.js';
import { DEMO_SLOS } from '../../core/demo/sli.js';
import { readOpenSloText } from '../../sources/openslo/read-openslo.js';
import { demoSloFile } from './seed-slos.js';

describe('the demo’s OpenSLO file', () => {
  const read = readOpenSloText('lumen-freight.yaml', readFileSync(demoSloFile, 'utf8'));
  const v = validateOpenSlo(read.objects);

  it('is valid OpenSLO without a warning', () => {
    expect(read.problems).toEqual([]);
    expect(v.problems).toEqual([]);
  });

  it('defines the six SLOs the demo generates SLI slices for, as the generator describes them', () => {
    const defs = v.objects.filter((o) => o.object.kind === 'SLO').map((o) => sloDefinition(o.object));
    expect(defs.map((d) => ({ id: d.name, service: d.service, target: toNumber(d.target), budgeting: d.budgetingMethod, window: `${formatDuration(d.window.duration)} ${d.window.kind === 'rolling' ? 'rolling' : `calendar ${d.window.timeZone}`}` }))).toEqual(
      DEMO_SLOS.map((s) => ({ id: s.id, service: s.service, target: s.target, budgeting: s.budgeting, window: s.window })),
    );
  });
});
