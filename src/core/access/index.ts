/** Access control: who is asking (actor), what they touch (resources), and the one policy. */
export * from './actor.js';
export * from './resources.js';
export { can, type Decision } from './policy.js';
