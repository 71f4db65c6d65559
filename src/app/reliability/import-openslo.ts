/**
 * Importing OpenSLO files: read every file, validate the objects together (references may cross
 * files and point to objects already stored), check that each SLO's service is a Trellis
 * service, then store everything in one transaction — or nothing, with every problem listed as
 * FILE:LINE: document N, KIND "name", field: problem (exit 2). Warnings (op on a ratio
 * objective) do not stop the import; they are returned for the caller to show.
 */
import { describePlace, type OpenSloProblem } from '../../core/openslo/document.js';
import { sloDefinition } from '../../core/openslo/definition.js';
import type { SloSpec } from '../../core/openslo/schemas.js';
import { validateOpenSlo } from '../../core/openslo/validate.js';
import type { Actor } from '../../core/access/actor.js';
import { TrellisError, type Problem } from '../../errors.js';
import { readOpenSloText } from '../../sources/openslo/read-openslo.js';
import type { Store } from '../../store/db.js';
import { bumpDataVersion } from '../../store/data-version.js';
import { OrgRepository } from '../../store/org-repository.js';
import { SloRepository, type SaveObject } from '../../store/slo-repository.js';
import { assertAllowed } from '../authorize.js';
import type { Runtime } from '../runtime.js';

export interface OpenSloFile {
  name: string;
  text: string;
}

export interface OpenSloImportSummary {
  objects: { kind: string; name: string; file: string; sourceVersion: string }[];
  warnings: string[];
}

export function problemText(p: OpenSloProblem): Problem {
  return { file: p.file, ...(p.line === undefined ? {} : { line: p.line }), field: describePlace(p), message: p.message };
}

export async function importOpenSlo(store: Store, runtime: Pick<Runtime, 'now'>, actor: Actor, files: readonly OpenSloFile[]): Promise<OpenSloImportSummary> {
  assertAllowed(actor, 'write', { type: 'records' });
  return store.db.transaction().execute(async (trx) => {
    const slos = new SloRepository(trx);
    const problems: Problem[] = [];
    const raws = files.flatMap((f) => {
      const r = readOpenSloText(f.name, f.text);
      for (const p of r.problems) problems.push({ file: p.file, ...(p.line === undefined ? {} : { line: p.line }), message: p.message });
      return r.objects;
    });
    const v = validateOpenSlo(raws, await slos.knownNames());
    for (const p of v.problems) if (p.severity === 'error') problems.push(problemText(p));
    const warnings = v.problems.filter((p) => p.severity === 'warning').map((p) => {
      const t = problemText(p);
      return `${t.file}${t.line === undefined ? '' : `:${t.line}`}: ${t.field}: ${t.message}`;
    });

    // An SLO belongs to a Trellis service: its figures are that service's (and team's) context.
    const sloObjects = v.objects.filter((o) => o.object.kind === 'SLO');
    const services = [...new Set(sloObjects.map((o) => (o.object.spec as SloSpec).service))];
    const found = await new OrgRepository(trx).existing('services', services);
    for (const o of sloObjects) {
      const service = (o.object.spec as SloSpec).service;
      if (!found.has(service)) {
        problems.push({ file: o.file, ...(o.line === undefined ? {} : { line: o.line }), field: describePlace({ index: o.index, kind: 'SLO', name: o.object.metadata.name, field: 'spec.service' }), message: `service "${service}" does not exist in Trellis (import it as a service record first)` });
      }
    }
    if (problems.length > 0) {
      const names = files.map((f) => f.name).join(', ');
      throw new TrellisError('IMPORT_REJECTED', `${names}: rejected (${problems.length} problem${problems.length === 1 ? '' : 's'}); nothing was stored.`, problems);
    }
    const save: SaveObject[] = v.objects.map((o) => {
      if (o.object.kind !== 'SLO') return { object: o.object, sourceVersion: o.sourceVersion };
      const def = sloDefinition(o.object);
      return { object: o.object, sourceVersion: o.sourceVersion, service: def.service, ...(def.timeSliceTarget ? { sliceTarget: def.timeSliceTarget } : {}) };
    });
    await slos.save(save, runtime.now());
    await bumpDataVersion(trx);
    return { objects: v.objects.map((o) => ({ kind: o.object.kind, name: o.object.metadata.name, file: o.file, sourceVersion: o.sourceVersion })), warnings };
  });
}
