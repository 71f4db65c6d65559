/**
 * Reading OpenSLO objects into validated v1 objects: version and kind, conversion to v1, the
 * strict structure, the cross-field rules, duplicate names, and references (indicatorRef,
 * alertPolicyRef, conditionRef, targetRef) resolved against the set itself and the names the
 * store already holds. Every problem names the file, the object and the field.
 */
import type { z } from 'zod';
import type { OpenSloProblem, RawObject } from './document.js';
import { pathText } from './document.js';
import { SUPPORTED_VERSIONS, toV1, type OpenSloVersion } from './convert.js';
import { alertConditionRules, annotationRules, nameProblem, objectiveMetricRules, sliRules, sloRules, type Finding } from './rules.js';
import { metadata, openSloKinds, specOf, type OpenSloKind, type OpenSloObject, type SliSpec, type SloSpec } from './schemas.js';

export interface ReadObject {
  object: OpenSloObject;
  /** The version it was written in (converted to v1 on reading). */
  sourceVersion: OpenSloVersion;
  file: string;
  index: number;
  line?: number;
}

export interface ValidationResult {
  objects: ReadObject[];
  problems: OpenSloProblem[];
}

/** Names already stored, per kind: references may point to them. */
export type KnownNames = Partial<Record<OpenSloKind, ReadonlySet<string>>>;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

function zodFindings(error: z.ZodError, prefix: string): Finding[] {
  return error.issues.map((i) => {
    const path = pathText([...(prefix ? [prefix] : []), ...i.path]);
    if (i.code === 'unrecognized_keys') return { field: path, severity: 'error', message: `unknown field${i.keys.length > 1 ? 's' : ''} ${i.keys.map((k) => `"${k}"`).join(', ')}` };
    if (i.code === 'invalid_union') return { field: path, severity: 'error', message: 'is not one of the allowed forms (a reference such as conditionRef, or an inline object with kind, metadata and spec)' };
    return { field: path, severity: 'error', message: i.message };
  });
}

function readOne(raw: RawObject): { object?: ReadObject; findings: Finding[]; kind?: string; name?: string } {
  const v = raw.value;
  if (!isObj(v)) return { findings: [{ field: '', severity: 'error', message: `must be an object with apiVersion, kind, metadata and spec (got ${Array.isArray(v) ? 'a list' : JSON.stringify(v)})` }] };
  const kind = typeof v.kind === 'string' ? v.kind : undefined;
  const name = isObj(v.metadata) && typeof v.metadata.name === 'string' ? v.metadata.name : undefined;
  const version = v.apiVersion;
  if (!SUPPORTED_VERSIONS.includes(version as OpenSloVersion)) {
    return { kind, name, findings: [{ field: 'apiVersion', severity: 'error', message: `unsupported version ${JSON.stringify(version)} (Trellis reads ${SUPPORTED_VERSIONS.join(', ')})` }] };
  }
  if (kind === undefined || !openSloKinds.includes(kind as OpenSloKind)) {
    return { kind, name, findings: [{ field: 'kind', severity: 'error', message: `unknown kind ${JSON.stringify(v.kind)} (one of ${openSloKinds.join(', ')})` }] };
  }
  if (version === 'openslo/v1alpha' && kind !== 'SLO' && kind !== 'Service') {
    return { kind, name, findings: [{ field: 'kind', severity: 'error', message: `openslo/v1alpha has only Service and SLO (got ${kind})` }] };
  }
  const converted = toV1(v, version as OpenSloVersion);
  const findings: Finding[] = converted.problems.map((p) => ({ ...p, severity: 'error' }));
  const { apiVersion: _a, kind: _k, metadata: meta, spec, ...extra } = converted.value;
  for (const key of Object.keys(extra)) findings.push({ field: key, severity: 'error', message: `unknown field "${key}"` });
  const m = metadata.safeParse(meta);
  if (!m.success) findings.push(...zodFindings(m.error, 'metadata'));
  const s = specOf[kind as OpenSloKind].safeParse(spec ?? {});
  if (!s.success) findings.push(...zodFindings(s.error, 'spec'));
  if (!m.success || !s.success) return { kind, name, findings };

  const nameIssue = nameProblem(m.data.name);
  if (nameIssue) findings.push({ field: 'metadata.name', severity: 'error', message: nameIssue });
  const object: OpenSloObject = { apiVersion: 'openslo/v1', kind: kind as OpenSloKind, metadata: m.data, spec: s.data as Record<string, unknown> };
  annotationRules(object, findings);
  if (kind === 'SLO') sloRules(s.data as SloSpec, findings);
  if (kind === 'SLI') sliRules(s.data as SliSpec, 'spec', findings);
  if (kind === 'AlertCondition') alertConditionRules(s.data as { condition: { lookbackWindow: string; alertAfter: string } }, 'spec', findings);
  if (kind === 'AlertPolicy') {
    const conditions = (s.data as { conditions: unknown[] }).conditions;
    if (conditions.length !== 1) findings.push({ field: 'spec.conditions', severity: 'error', message: `must have exactly one condition (got ${conditions.length})` });
  }
  return { kind, name, findings, object: { object, sourceVersion: version as OpenSloVersion, file: raw.file, index: raw.index, ...(raw.line === undefined ? {} : { line: raw.line }) } };
}

function fieldPath(field: string): (string | number)[] {
  return field.split(/\.|\[|\]/).filter((p) => p !== '' && !p.startsWith('"')).map((p) => (/^\d+$/.test(p) ? Number(p) : p));
}

export function validateOpenSlo(raws: readonly RawObject[], known: KnownNames = {}): ValidationResult {
  const problems: OpenSloProblem[] = [];
  const objects: ReadObject[] = [];
  const place = (raw: RawObject, kind: string | undefined, name: string | undefined, f: Finding, stage: OpenSloProblem['stage']): OpenSloProblem => {
    const line = raw.lineOf?.(fieldPath(f.field)) ?? raw.line;
    return { file: raw.file, index: raw.index, ...(line === undefined ? {} : { line }), ...(kind ? { kind } : {}), ...(name ? { name } : {}), field: f.field, message: f.message, severity: f.severity, stage };
  };
  const rawOf = new Map<ReadObject, RawObject>();
  for (const raw of raws) {
    const r = readOne(raw);
    for (const f of r.findings) problems.push(place(raw, r.kind, r.name, f, 'object'));
    if (r.object && !r.findings.some((f) => f.severity === 'error')) {
      objects.push(r.object);
      rawOf.set(r.object, raw);
    }
  }

  // Duplicate names of one kind in the set.
  const byKind = new Map<string, ReadObject>();
  for (const o of objects) {
    const key = `${o.object.kind}/${o.object.metadata.name}`;
    const first = byKind.get(key);
    if (first) problems.push(place(rawOf.get(o)!, o.object.kind, o.object.metadata.name, { field: 'metadata.name', severity: 'error', message: `another ${o.object.kind} has this name (${first.file}, document ${first.index})` }, 'object'));
    else byKind.set(key, o);
  }
  const has = (kind: OpenSloKind, name: string) => byKind.has(`${kind}/${name}`) || (known[kind]?.has(name) ?? false);
  const sliNamed = (name: string): SliSpec | undefined => byKind.get(`SLI/${name}`)?.object.spec as SliSpec | undefined;

  for (const o of objects) {
    const raw = rawOf.get(o)!;
    const findings: Finding[] = [];
    const ref = (kind: OpenSloKind, name: string, field: string) => {
      if (!has(kind, name)) findings.push({ field, severity: 'error', message: `${kind} "${name}" does not exist (not in these files nor in the store)` });
    };
    const { kind, spec } = o.object;
    if (kind === 'SLO') {
      const s = spec as SloSpec;
      if (s.indicatorRef) ref('SLI', s.indicatorRef, 'spec.indicatorRef');
      s.objectives.forEach((obj, i) => obj.indicatorRef && ref('SLI', obj.indicatorRef, `spec.objectives[${i}].indicatorRef`));
      (s.alertPolicies ?? []).forEach((p, i) => {
        if ('alertPolicyRef' in p) ref('AlertPolicy', p.alertPolicyRef, `spec.alertPolicies[${i}].alertPolicyRef`);
        else policyRefs(p.spec, `spec.alertPolicies[${i}].spec`, ref);
      });
      const objectiveSli = (i: number): SliSpec | undefined => {
        const obj = s.objectives[i]!;
        if (obj.indicator) return obj.indicator.spec;
        if (obj.indicatorRef) return sliNamed(obj.indicatorRef);
        return s.indicator ? s.indicator.spec : s.indicatorRef ? sliNamed(s.indicatorRef) : undefined;
      };
      objectiveMetricRules(s, objectiveSli, findings);
    }
    if (kind === 'AlertPolicy') policyRefs(spec as { conditions: unknown[]; notificationTargets: unknown[] }, 'spec', ref);
    for (const f of findings) {
      const stage = f.message.includes('does not exist') ? 'reference' : 'object';
      problems.push(place(raw, kind, o.object.metadata.name, f, stage));
    }
  }
  const failed = new Set(problems.filter((p) => p.severity === 'error').map((p) => `${p.file}#${p.index}`));
  return { objects: objects.filter((o) => !failed.has(`${o.file}#${o.index}`)), problems };
}

function policyRefs(spec: { conditions: unknown[]; notificationTargets: unknown[] }, at: string, ref: (kind: OpenSloKind, name: string, field: string) => void): void {
  spec.conditions.forEach((c, i) => isObj(c) && typeof c.conditionRef === 'string' && ref('AlertCondition', c.conditionRef, `${at}.conditions[${i}].conditionRef`));
  spec.notificationTargets.forEach((t, i) => isObj(t) && typeof t.targetRef === 'string' && ref('AlertNotificationTarget', t.targetRef, `${at}.notificationTargets[${i}].targetRef`));
}
