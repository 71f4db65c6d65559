/**
 * Support plans (spec/people.md): written by the manager line, readable by the engineer from the
 * first day — there is no draft — and by people partners; never by compensation reviewers (the
 * policy keeps development apart from pay). Every write is one transaction with its audit entry.
 */
import { z } from 'zod';
import type { Actor } from '../../core/access/actor.js';
import { can } from '../../core/access/policy.js';
import type { Action } from '../../core/access/resources.js';
import { zodProblems } from '../../core/evidence/index.js';
import { checkInProblem, supportPlanOutcomes, supportPlanProblems, type SupportPlan } from '../../core/support-plan/support-plan.js';
import { TrellisError } from '../../errors.js';
import type { DataAccess } from '../../store/data-access.js';
import type { Person } from '../../store/org-repository.js';
import { actorAccountOf, auditEntry } from '../audit/audit-entry.js';
import { assertAllowed } from '../authorize.js';
import { badInput } from '../living-document/subject.js';
import { isoDate } from '../one-on-ones/iso-date.js';
import { newId, type Runtime } from '../runtime.js';
import { notifySupportPlanCreated } from '../notifications/people-events.js';

export interface SupportPlanDeps {
  data: DataAccess;
  runtime: Runtime;
}

const line = z.string().trim().min(1, 'must not be empty').max(1000, 'must be at most 1000 characters');
const lines = (what: string) => z.array(line).max(20, `must have at most 20 ${what}`);

const planInput = z.strictObject({
  signal: z.string().trim().min(1).max(200).nullable().default(null),
  startsOn: isoDate,
  endsOn: isoDate,
  // At least one of each here too, so a bad date and an empty list are reported together.
  expectations: lines('expectations').min(1, 'needs at least one observable expectation'),
  support: lines('kinds of support').min(1, 'needs at least one kind of support offered'),
  outcome: z.enum(supportPlanOutcomes, { message: `must be one of ${supportPlanOutcomes.join(', ')}` }).nullable().default(null),
  outcomeNote: z.string().trim().max(5000, 'must be at most 5000 characters').nullable().default(null),
});

const checkInInput = z.strictObject({ heldOn: isoDate, note: z.string().trim().min(1, 'must not be empty').max(5000, 'must be at most 5000 characters') });

export interface SupportPlansView {
  person: { id: string; name: string };
  plans: SupportPlan[];
  mayWrite: boolean;
}

async function subject(data: DataAccess, actor: Actor, personId: string, action: Action): Promise<Person> {
  const person = await data.org.getPerson(personId);
  if (!person) throw new TrellisError('NOT_FOUND', `No person with id "${personId}".`);
  assertAllowed(actor, action, { type: 'support-plan', person: person.id });
  return person;
}

function parsePlan(input: unknown) {
  const parsed = planInput.safeParse(input);
  if (!parsed.success) throw badInput('support plan', zodProblems(parsed.error));
  const problems = supportPlanProblems(parsed.data);
  if (problems.length > 0) throw badInput('support plan', problems);
  return parsed.data;
}

export async function listSupportPlans({ data, runtime }: SupportPlanDeps, actor: Actor, personId: string): Promise<SupportPlansView> {
  const person = await subject(data, actor, personId, 'read');
  const self = actor.kind === 'account' && actor.personId === person.id;
  return data.transaction(async (r) => {
    const plans = await r.supportPlans.forPerson(person.id);
    if (!self) await r.audit.append(auditEntry(runtime, actorAccountOf(actor), { action: 'read', resourceType: 'support-plan', resourceId: person.id, subjectPerson: person.id, detail: `${plans.length} support plans` }));
    return { person: { id: person.id, name: person.name }, plans, mayWrite: can(actor, 'write', { type: 'support-plan', person: person.id }).allowed };
  });
}

export async function createSupportPlan({ data, runtime }: SupportPlanDeps, actor: Actor, personId: string, input: unknown): Promise<SupportPlan> {
  const person = await subject(data, actor, personId, 'write');
  const p = parsePlan(input);
  const at = runtime.now();
  const by = actorAccountOf(actor);
  return data.transaction(async (r) => {
    const template = await r.templates.current('support-plan');
    const plan: SupportPlan = { id: newId(runtime), person: person.id, ...p, templateVersion: template.version, createdAt: at, createdBy: by, updatedAt: at, checkIns: [] };
    await r.supportPlans.insert(plan);
    // The engineer hears of the plan with its creation, in the same transaction.
    await notifySupportPlanCreated(r, runtime, plan);
    await r.audit.append(auditEntry(runtime, by, { action: 'create', resourceType: 'support-plan', resourceId: plan.id, subjectPerson: person.id, detail: `support plan ${p.startsOn} to ${p.endsOn}, visible to ${person.name}` }));
    return plan;
  });
}

export async function updateSupportPlan({ data, runtime }: SupportPlanDeps, actor: Actor, personId: string, planId: string, input: unknown): Promise<SupportPlan> {
  const person = await subject(data, actor, personId, 'write');
  const p = parsePlan(input);
  const at = runtime.now();
  return data.transaction(async (r) => {
    const plan = await r.supportPlans.get(planId);
    if (!plan || plan.person !== person.id) throw new TrellisError('NOT_FOUND', `No support plan "${planId}" for ${person.name}.`);
    const outside = plan.checkIns.filter((c) => checkInProblem(p, c.heldOn) !== null);
    if (outside.length > 0) throw badInput('support plan', outside.map((c) => ({ field: 'startsOn', message: `the check-in of ${c.heldOn} would fall outside ${p.startsOn} to ${p.endsOn}` })));
    await r.supportPlans.update(plan.id, p, at);
    const detail = p.outcome !== plan.outcome ? `outcome: ${p.outcome ?? 'open again'}` : p.endsOn !== plan.endsOn ? `ends ${p.endsOn} (was ${plan.endsOn})` : 'expectations or support changed';
    await r.audit.append(auditEntry(runtime, actorAccountOf(actor), { action: 'update', resourceType: 'support-plan', resourceId: plan.id, subjectPerson: person.id, detail }));
    return { ...plan, ...p, updatedAt: at };
  });
}

export async function addSupportPlanCheckIn({ data, runtime }: SupportPlanDeps, actor: Actor, personId: string, planId: string, input: unknown): Promise<SupportPlan> {
  const person = await subject(data, actor, personId, 'write');
  const parsed = checkInInput.safeParse(input);
  if (!parsed.success) throw badInput('check-in', zodProblems(parsed.error));
  const at = runtime.now();
  const by = actorAccountOf(actor);
  return data.transaction(async (r) => {
    const plan = await r.supportPlans.get(planId);
    if (!plan || plan.person !== person.id) throw new TrellisError('NOT_FOUND', `No support plan "${planId}" for ${person.name}.`);
    const problem = checkInProblem(plan, parsed.data.heldOn);
    if (problem) throw badInput('check-in', [{ field: 'heldOn', message: problem }]);
    const checkIn = { id: newId(runtime), heldOn: parsed.data.heldOn, note: parsed.data.note, createdAt: at, createdBy: by };
    await r.supportPlans.addCheckIn(plan.id, checkIn);
    await r.audit.append(auditEntry(runtime, by, { action: 'create', resourceType: 'support-plan', resourceId: plan.id, subjectPerson: person.id, detail: `check-in of ${checkIn.heldOn}` }));
    return { ...plan, checkIns: [...plan.checkIns, checkIn].sort((a, b) => a.heldOn.localeCompare(b.heldOn)) };
  });
}
