/**
 * Whose text a ladder is. A bundled ladder (the Financial Times' in the demo) speaks of its own
 * company ("aligning with the FT's strategic priorities"); shown without a word it would read as
 * the reader's organisation's. The page names the source and its licence, and says how to read it.
 */
import type { LadderVersion } from './types';

export function LadderSource({ source }: { source: LadderVersion['source'] }) {
  if (!source?.title) return null;
  return (
    <p className="notice" role="note" data-testid="ladder-source">
      Source:{' '}
      {source.url ? (
        <a href={source.url} rel="noopener noreferrer" target="_blank">
          {source.title}
        </a>
      ) : (
        source.title
      )}
      {source.licence ? ` (${source.licence})` : ''}. The text is theirs, unchanged: where it names their company, it describes their organisation, not
      yours. Publish your own version to adapt it.
    </p>
  );
}
