/**
 * The signed-in person's notifications, shared by the bell and the notifications page (one
 * query, so marking read in one updates the other). The bell looks again every 30 seconds.
 */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { api } from '../../api/client';

const key = ['notifications', 'inbox'];

export function useInbox() {
  const client = useQueryClient();
  const query = useQuery({ queryKey: key, queryFn: ({ signal }) => api('GET /api/notifications', { query: { limit: 50 }, signal }), refetchInterval: 30_000 });
  const markRead = useCallback(
    async (ids: string[] | 'all') => {
      await api('POST /api/notifications/read', { body: ids === 'all' ? { all: true } : { ids } });
      await client.invalidateQueries({ queryKey: key });
    },
    [client],
  );
  return { query, markRead };
}
