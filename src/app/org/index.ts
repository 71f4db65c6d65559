/** The organisation use cases: reads of teams, people and services. */
export { anonymousActor, type Actor } from './actor.js';
export type { ListInput, ListResult, OrgDeps, OrgReader, Ref } from './deps.js';
export { listTeams, type ListTeamsInput } from './list-teams.js';
export { getTeam, type TeamDetail } from './get-team.js';
export { listPeople, type ListPeopleInput } from './list-people.js';
export { getPerson, type PersonDetail } from './get-person.js';
export { listServices, type ListServicesInput } from './list-services.js';
export { getService, type ServiceDetail } from './get-service.js';
