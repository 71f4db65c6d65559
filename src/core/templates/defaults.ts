/**
 * The Trellis-written default templates: short, observable prompts (what happened, by when, how
 * anyone would know), written so the feedback lint finds nothing to flag in them — a template
 * that asked for "great work" would teach the vague feedback the lint exists to catch.
 */
import type { TemplateContent, TemplateKind } from './templates.js';

export const defaultTemplates: Record<TemplateKind, TemplateContent> = {
  'quarterly-goals': {
    title: 'Goals for the quarter',
    sections: [
      { heading: 'Outcome', prompt: 'The change for users, a service or the team you want by the end of the quarter, with the figure or release that shows it.' },
      { heading: 'First step', prompt: 'What you will do in the first two weeks, and who you need for it.' },
      { heading: 'Ladder dimension', prompt: 'The ladder dimension this goal grows, and the example at the next level it moves you towards.' },
    ],
  },
  'review-packet': {
    title: 'Review packet',
    sections: [
      { heading: 'Evidence by signal', prompt: 'For each review signal, the evidence items of the period that speak to it, with dates and links.' },
      { heading: 'Team context', prompt: 'The team delivery and reliability figures beside the evidence: context for the period, not a score.' },
      { heading: 'Self review', prompt: 'What you did, what changed because of it, and what you would do differently next time.' },
      { heading: 'Manager review', prompt: 'Per signal: the situation, the behaviour and its effect, citing the evidence items it rests on.' },
    ],
  },
  'one-on-one-agenda': {
    title: '1:1 agenda',
    sections: [
      { heading: 'Since last time', prompt: 'What shipped, what got stuck, and the open action items from the last 1:1.' },
      { heading: 'Load and wellbeing', prompt: 'On-call weeks, pages out of hours, and anything that made the last two weeks harder.' },
      { heading: 'Growth', prompt: 'Progress on this quarter’s goals and the ladder dimension they grow; feedback given or received.' },
      { heading: 'Next steps', prompt: 'Each action item with its owner and a due date.' },
    ],
  },
  'support-plan': {
    title: 'Support plan',
    sections: [
      { heading: 'Expectations', prompt: 'What would be seen by the end of the plan: a release, a review turnaround, a runbook — each one observable and dated.' },
      { heading: 'Support offered', prompt: 'What the manager line provides: pairing hours, a mentor, time off the on-call rota, training.' },
      { heading: 'Check-ins', prompt: 'The dates of the check-ins; at each one, what was seen against each expectation.' },
      { heading: 'Outcome', prompt: 'Met, extended, not met or closed, with the dates and items that decided it.' },
    ],
  },
  'promotion-case': {
    title: 'Promotion case',
    sections: [
      { heading: 'Problem', prompt: 'The problem at the target level’s scope, with the service, users or teams it touched.' },
      { heading: 'Action', prompt: 'What the person did themselves, and when, apart from the work others did.' },
      { heading: 'Result', prompt: 'What changed, with a figure, a release or an incident that shows it.' },
      { heading: 'Dimensions shown', prompt: 'The target level’s ladder dimensions this example shows, and a second period that shows the same pattern.' },
    ],
  },
};
