/**
 * A "Team" select whose value lives in the URL (`?team=`), for lists that can be narrowed to
 * one team, and `useTeams` to load the teams it offers (and the names lists show for team ids).
 * While the teams load, or if they fail to, the list itself still works unfiltered.
 */
import { useId } from 'react';
import { api } from '../api/client';
import type { Team } from '../api/operations';
import { useApi } from '../hooks/useApi';
import { navigate, useLocation, withQuery } from '../router/location';

export interface TeamIndex {
  teams: Team[];
  /** The team's name for an id; the id itself until the teams have loaded. */
  name: (id: string) => string;
}

export function useTeams(): TeamIndex {
  const loaded = useApi('teams', (signal) => api('GET /api/teams', { query: { limit: 500 }, signal }));
  const teams = loaded.status === 'ok' ? [...loaded.data.items].sort((a, b) => a.name.localeCompare(b.name)) : [];
  const names = new Map(teams.map((t) => [t.id, t.name]));
  return { teams, name: (id) => names.get(id) ?? id };
}

export function TeamFilter({ index }: { index: TeamIndex }) {
  const location = useLocation();
  const id = useId();
  const selected = location.query.get('team') ?? '';
  return (
    <div className="field">
      <label htmlFor={id}>Team</label>
      <select id={id} value={selected} onChange={(e) => navigate(withQuery(location, { team: e.target.value, offset: undefined }))}>
        <option value="">All teams</option>
        {index.teams.map((team) => (
          <option key={team.id} value={team.id}>
            {team.name}
          </option>
        ))}
        {selected && !index.teams.some((t) => t.id === selected) && <option value={selected}>{selected}</option>}
      </select>
    </div>
  );
}
