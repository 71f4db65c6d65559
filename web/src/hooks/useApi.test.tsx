// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, click, render, text, waitFor } from '../test/dom';
import { ApiError } from '../api/errors';
import { useApi } from './useApi';

afterEach(cleanup);

function Person({ id }: { id: string }) {
  const result = useApi(id, async () => `person ${id}`);
  return <p data-testid="person">{result.status === 'ok' ? result.data : result.status}</p>;
}

function Private({ id }: { id: string }) {
  // Same key as the person page, different data: the two must not share a cache entry.
  const result = useApi(id, async () => `private records of ${id}`);
  return <p data-testid="private">{result.status === 'ok' ? result.data : result.status}</p>;
}

describe('useApi on TanStack Query', () => {
  it('keeps two pages that use the same key for different data apart', async () => {
    const container = await render(
      <>
        <Person id="amara" />
        <Private id="amara" />
      </>,
    );
    await waitFor(() => expect(text(container.querySelector('[data-testid="private"]'))).toBe('private records of amara'));
    expect(text(container.querySelector('[data-testid="person"]'))).toBe('person amara');
  });

  it('reports an error as an ApiError and loads again on retry', async () => {
    let calls = 0;
    function Flaky() {
      const result = useApi('flaky', async () => {
        calls += 1;
        if (calls === 1) throw new ApiError(503, 'STORE_UNAVAILABLE', 'The database cannot be reached.');
        return 'loaded';
      });
      if (result.status === 'error') return <button onClick={result.retry}>{`${result.error.code}: retry`}</button>;
      return <p>{result.status === 'ok' ? result.data : 'loading'}</p>;
    }
    const container = await render(<Flaky />);
    await waitFor(() => expect(text(container.querySelector('button'))).toBe('STORE_UNAVAILABLE: retry'));
    await click(container.querySelector('button') as HTMLElement);
    await waitFor(() => expect(text(container.querySelector('p'))).toBe('loaded'));
    expect(calls).toBe(2);
  });

  it('aborts the request of a key that is no longer shown', async () => {
    const signals: AbortSignal[] = [];
    function Slow({ id }: { id: string }) {
      const result = useApi(id, (signal) => {
        signals.push(signal);
        return new Promise<string>(() => undefined);
      });
      return <p>{result.status}</p>;
    }
    const first = await render(<Slow id="a" />);
    expect(text(first.querySelector('p'))).toBe('loading');
    await cleanup();
    expect(signals[0]?.aborted).toBe(true);
  });
});
