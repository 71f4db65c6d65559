import { describe, expect, it } from 'vitest';
import { lintFeedback } from '../feedback/lint.js';
import { defaultTemplates } from './defaults.js';
import { templateChanges, templateKinds, templateProblems, templateText } from './templates.js';

describe('templates', () => {
  it('has a Trellis-written default for every kind, valid and lint-clean', () => {
    for (const kind of templateKinds) {
      const t = defaultTemplates[kind];
      expect(templateProblems(t), kind).toEqual([]);
      expect(lintFeedback(templateText(t)), kind).toEqual([]);
    }
  });

  it('names every problem with its field', () => {
    expect(templateProblems({ title: ' ', sections: [{ heading: 'A', prompt: '' }, { heading: 'a ', prompt: '' }, { heading: '', prompt: 'x' }] })).toEqual([
      { field: 'title', message: 'must not be empty' },
      { field: 'sections[1].heading', message: 'repeats "a"' },
      { field: 'sections[2].heading', message: 'must not be empty' },
    ]);
    expect(templateProblems({ title: 'T', sections: [] })).toEqual([{ field: 'sections', message: 'needs at least one section' }]);
  });

  it('describes what changed between versions', () => {
    const before = { title: 'T', sections: [{ heading: 'A', prompt: 'a' }, { heading: 'B', prompt: 'b' }] };
    const after = { title: 'T2', sections: [{ heading: 'A', prompt: 'a!' }, { heading: 'C', prompt: 'c' }] };
    expect(templateChanges(before, after)).toBe('title "T" → "T2"; changed "A"; added "C"; removed "B"');
    expect(templateChanges(before, before)).toBe('no change in content');
  });
});
