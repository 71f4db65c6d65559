/**
 * Does a piece of text carry something checkable — an artefact, a date, a number or an outcome?
 * Vague praise and unactionable asks are fine when the same or the next sentence does: "Great
 * job." followed by "Your runbook cut the checkout outage from 40 to 12 minutes." is specific.
 */
import type { Lexicon } from './lexicon.js';
import { phraseMatcher } from './sentences.js';

const MONTHS = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|jun(?:e)?|jul(?:y)?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const PATTERNS: RegExp[] = [
  /\p{N}/u, // any number: 3 incidents, 40%, v2, Q3, 2026
  /(?<![\p{L}])(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|hundred|thousand|million|half|twice|daily|weekly|monthly|quarterly)(?![\p{L}])/iu, // a number in words
  new RegExp(`(?<![\\p{L}])(?:${MONTHS})(?![\\p{L}])`, 'iu'), // a month
  /(?<![\p{L}])(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|last week|this quarter|last quarter)(?![\p{L}])/iu,
  /https?:\/\/\S+/u, // a link
  /#\p{N}+|\b[0-9a-f]{7,40}\b/u, // an issue/PR number or a commit
  /(?<![\p{L}])[\p{Ll}\p{N}]+(?:-[\p{Ll}\p{N}]+)+(?![\p{L}])/u, // a kebab-case name: deploy-pipeline, payments-api
  /`[^`]+`/u, // code
];

export function specificsMatcher(lexicon: Lexicon): (text: string) => boolean {
  const outcome = phraseMatcher(lexicon.outcomeWords);
  return (text: string) => {
    if (PATTERNS.some((p) => p.test(text))) return true;
    if (outcome) {
      outcome.lastIndex = 0;
      if (outcome.test(text)) return true;
    }
    return false;
  };
}

export function nextStepMatcher(lexicon: Lexicon): (text: string) => boolean {
  const steps = phraseMatcher(lexicon.nextStep);
  return (text: string) => {
    if (!steps) return false;
    steps.lastIndex = 0;
    return steps.test(text);
  };
}
