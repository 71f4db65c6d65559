/**
 * The ladder file formats Trellis reads. Apart from the parsers (parse-ladder.ts) so that the
 * command line can offer them as choices without loading the parsers.
 */
export const ladderFormats = ['native', 'ft-yaml', 'monzo-markdown', 'jorgef-markdown', 'postman-markdown'] as const;
export type LadderFormat = (typeof ladderFormats)[number];
