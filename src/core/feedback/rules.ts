/**
 * The feedback lint's rules: what each flags, why (the research in shared/spec/people.md), and
 * what to write instead. The lint is a writing aid, never a gate: nothing is ever refused.
 */
export const lintRules = {
  personality: {
    message: 'Describes a personality trait, not a behaviour. Personality criticism appears far more often in reviews of women (Snyder 2014) and gives the reader nothing to change.',
    suggestion: 'Name the situation, the behaviour and its effect: "In the 3 May design review you cut Ana off twice; her proposal was dropped."',
  },
  vaguePraise: {
    message: 'Praise without an artefact, date, number or outcome. Vague praise is given more to some groups than others and cannot support a rating (Correll & Simard 2016).',
    suggestion: 'Say what was done and what changed: "Your retry budget for payments-api cut failed checkouts from 1.2% to 0.3% in March."',
  },
  unactionableAsk: {
    message: 'An ask with no concrete next step: the reader cannot tell what to do differently.',
    suggestion: 'Give one observable next step: "Next quarter, write the RFC for the queue migration and present it at the architecture review."',
  },
  noOutcome: {
    message: 'The text names no user, service, SLO, incident, release or number, so nobody can check it against what happened.',
    suggestion: 'Tie it to one piece of evidence: a release, an incident, a service, a figure.',
  },
  teamCredit: {
    message: "Credits the team or a vague 'helped with' without this person's own part.",
    suggestion: 'Say what this person did within the team\'s work: "designed the schema", "ran the rollout", "wrote the runbook".',
  },
  absolutes: {
    message: 'An absolute or fixed-mindset word: "always", "never" and "natural talent" describe a fixed trait, not work that can change.',
    suggestion: 'Describe specific occasions: "In three of the last four releases…".',
  },
  hedges: {
    message: 'A hedge weakens the point and leaves the reader guessing how much it matters.',
    suggestion: 'Say it plainly, or leave it out if you are not sure it is true.',
  },
  nonWork: {
    message: 'Mentions something outside the work (family, age, appearance, health, "energy" as an age proxy). It has no place in feedback about performance.',
    suggestion: 'Remove it and keep to the work and its effects.',
  },
} as const;

export type LintRule = keyof typeof lintRules | 'wordBalance';
