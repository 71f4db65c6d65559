/**
 * The record kinds, in dependency order: a kind only refers to kinds before it. Export writes in
 * this order so that a reader streaming the file sees a team before the people in it.
 *
 * Apart from the schemas (schemas.ts checks that the two agree) so that the command line can
 * name the kinds in its help without loading the validation library.
 */
export const recordKinds = ['team', 'person', 'service', 'change', 'deployment', 'incident', 'page', 'oncall_shift', 'sli', 'pull_request'] as const;
