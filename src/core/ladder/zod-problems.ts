/** zod issues as ladder problems, each at the line of the field it is about. */
import type { z } from 'zod';
import { fieldPath, type LadderProblem } from './import-result.js';
import { problemAt, type YamlSource } from './yaml-source.js';

export function zodProblems(source: YamlSource, error: z.ZodError): LadderProblem[] {
  return error.issues.map((i) => {
    const path = i.path.filter((p): p is string | number => typeof p !== 'symbol');
    const message = i.code === 'unrecognized_keys' ? `unknown field${i.keys.length > 1 ? 's' : ''} ${i.keys.join(', ')}` : i.message;
    return problemAt(source, path, fieldPath(path), message);
  });
}
