/**
 * Templates (issue 15): the skeletons people start from when they write a quarter's goals, a
 * review packet, a 1:1 agenda, a support plan or a promotion case. Versioned like the rubric: an
 * edit never changes a version, it makes the next one, and every 1:1 or plan keeps the version it
 * was written with — so changing the template never rewrites what someone already wrote against it.
 */
export const templateKinds = ['quarterly-goals', 'review-packet', 'one-on-one-agenda', 'support-plan', 'promotion-case'] as const;
export type TemplateKind = (typeof templateKinds)[number];

export const templateKindNames: Record<TemplateKind, string> = {
  'quarterly-goals': 'Quarterly goals',
  'review-packet': 'Review packet',
  'one-on-one-agenda': '1:1 agenda',
  'support-plan': 'Support plan',
  'promotion-case': 'Promotion case',
};

export interface TemplateSection {
  heading: string;
  /** What the writer is asked for under the heading. */
  prompt: string;
}

export interface TemplateContent {
  title: string;
  sections: TemplateSection[];
}

export interface Template extends TemplateContent {
  kind: TemplateKind;
  version: number;
  /** True for the Trellis-written default that no administrator has replaced yet (version 1, not stored). */
  builtIn: boolean;
  createdAt: number | null;
  createdBy: string | null;
}

export const isTemplateKind = (s: string): s is TemplateKind => (templateKinds as readonly string[]).includes(s);

export const maxSections = 20;

/** Problems with template content, each naming its field; empty when it can be saved. */
export function templateProblems(c: TemplateContent): { field: string; message: string }[] {
  const problems: { field: string; message: string }[] = [];
  if (c.title.trim() === '') problems.push({ field: 'title', message: 'must not be empty' });
  if (c.sections.length === 0) problems.push({ field: 'sections', message: 'needs at least one section' });
  if (c.sections.length > maxSections) problems.push({ field: 'sections', message: `must have at most ${maxSections} sections` });
  const seen = new Set<string>();
  c.sections.forEach((s, i) => {
    if (s.heading.trim() === '') problems.push({ field: `sections[${i}].heading`, message: 'must not be empty' });
    const key = s.heading.trim().toLowerCase();
    if (key !== '' && seen.has(key)) problems.push({ field: `sections[${i}].heading`, message: `repeats "${s.heading.trim()}"` });
    seen.add(key);
  });
  return problems;
}

/** The next version after `latest` (the built-in default counts as version 1). */
export function nextVersion(latest: Pick<Template, 'version'>): number {
  return latest.version + 1;
}

/** What changed between two versions, in words, for the audit entry. */
export function templateChanges(before: TemplateContent, after: TemplateContent): string {
  const changes: string[] = [];
  if (before.title !== after.title) changes.push(`title "${before.title}" → "${after.title}"`);
  const old = new Map(before.sections.map((s) => [s.heading, s.prompt]));
  const now = new Map(after.sections.map((s) => [s.heading, s.prompt]));
  for (const s of after.sections) {
    if (!old.has(s.heading)) changes.push(`added "${s.heading}"`);
    else if (old.get(s.heading) !== s.prompt) changes.push(`changed "${s.heading}"`);
  }
  for (const s of before.sections) if (!now.has(s.heading)) changes.push(`removed "${s.heading}"`);
  return changes.length > 0 ? changes.join('; ') : 'no change in content';
}

/** The template as one text (title, then each heading and prompt): what the lint reads and a writer starts from. */
export function templateText(c: TemplateContent): string {
  return [c.title, ...c.sections.map((s) => `${s.heading}: ${s.prompt}`)].join('\n');
}
