/**
 * The organisation's templates: read by everyone (they are what people write against), edited by
 * administrators. An edit is a new version, like the rubric; the first edit of a kind also stores
 * the built-in default as version 1, so every version a 1:1 or plan points at stays readable.
 */
import { z } from 'zod';
import type { Actor } from '../../core/access/actor.js';
import { zodProblems } from '../../core/evidence/index.js';
import { isTemplateKind, nextVersion, templateChanges, templateKinds, templateProblems, type Template, type TemplateKind } from '../../core/templates/templates.js';
import { TrellisError } from '../../errors.js';
import type { DataAccess } from '../../store/data-access.js';
import { actorAccountOf, auditEntry } from '../audit/audit-entry.js';
import { assertAllowed } from '../authorize.js';
import { badInput } from '../living-document/subject.js';
import type { Runtime } from '../runtime.js';

export interface TemplateDeps {
  data: DataAccess;
  runtime: Runtime;
}

const contentInput = z.strictObject({
  title: z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters'),
  sections: z.array(z.strictObject({ heading: z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters'), prompt: z.string().trim().max(2000, 'must be at most 2000 characters') })),
});

function kindOf(kind: string): TemplateKind {
  if (!isTemplateKind(kind)) throw new TrellisError('NOT_FOUND', `No template kind "${kind}"; the kinds are ${templateKinds.join(', ')}.`);
  return kind;
}

export async function listTemplates({ data }: TemplateDeps, actor: Actor): Promise<Template[]> {
  assertAllowed(actor, 'read', { type: 'template' });
  return Promise.all(templateKinds.map((k) => data.templates.current(k)));
}

/** The version in force and every version before it, newest first. */
export async function readTemplate({ data }: TemplateDeps, actor: Actor, kind: string): Promise<{ current: Template; versions: Template[] }> {
  assertAllowed(actor, 'read', { type: 'template' });
  const k = kindOf(kind);
  const current = await data.templates.current(k);
  const stored = await data.templates.versions(k);
  return { current, versions: stored.length > 0 ? stored : [current] };
}

export async function saveTemplate({ data, runtime }: TemplateDeps, actor: Actor, kind: string, input: unknown): Promise<Template> {
  assertAllowed(actor, 'write', { type: 'template' });
  const k = kindOf(kind);
  const parsed = contentInput.safeParse(input);
  if (!parsed.success) throw badInput('template', zodProblems(parsed.error));
  const problems = templateProblems(parsed.data);
  if (problems.length > 0) throw badInput('template', problems);
  const at = runtime.now();
  const by = actorAccountOf(actor);
  return data.transaction(async (r) => {
    const latest = await r.templates.current(k);
    // The default keeps no date of its own (0): it was never saved by anyone.
    if (latest.builtIn) await r.templates.insert({ ...latest, builtIn: false, createdAt: 0, createdBy: null });
    const saved: Template = { kind: k, version: nextVersion(latest), ...parsed.data, builtIn: false, createdAt: at, createdBy: by };
    await r.templates.insert(saved);
    await r.audit.append(auditEntry(runtime, by, { action: 'update', resourceType: 'template', resourceId: `${k}@${saved.version}`, detail: templateChanges(latest, saved) }));
    return saved;
  });
}
