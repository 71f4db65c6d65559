/**
 * An organisation's additions to the feedback lint's word lists, from a JSON file of the same
 * shape as the defaults: `{ "personality": ["prickly"], "outcomeWords": ["manifest"] }`. Unknown
 * list names and non-string entries are refused naming the field, so a typo ("personallity")
 * does not silently add nothing.
 */
import { TrellisError, type Problem } from '../../errors.js';
import { extendLexicon, lexiconLists, type Lexicon, type LexiconList } from '../../core/feedback/lexicon.js';

export function readWordLists(text: string, file: string, base: Lexicon): Lexicon {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    throw new TrellisError('BAD_INPUT', `${file} is not valid JSON`, [{ file, message: (e as Error).message }]);
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new TrellisError('BAD_INPUT', `${file} was rejected`, [{ file, message: 'expected an object of word lists, e.g. {"personality": ["prickly"]}' }]);
  }
  const problems: Problem[] = [];
  const extra: Partial<Record<LexiconList, string[]>> = {};
  for (const [name, list] of Object.entries(parsed)) {
    if (name.startsWith('$')) continue;
    if (!(lexiconLists as readonly string[]).includes(name)) {
      problems.push({ file, field: name, message: `not a word list; the lists are ${lexiconLists.join(', ')}` });
      continue;
    }
    if (!Array.isArray(list) || list.some((w) => typeof w !== 'string' || w.trim() === '')) {
      problems.push({ file, field: name, message: 'must be a list of non-empty strings' });
      continue;
    }
    extra[name as LexiconList] = list as string[];
  }
  if (problems.length > 0) throw new TrellisError('BAD_INPUT', `${file} was rejected`, problems);
  return extendLexicon(base, extra);
}
