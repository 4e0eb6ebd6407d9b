/** `docker ps` output → containers. Types only from the schema (zod is not loaded). */
export { parseDockerPs } from './parse.js';
export type { DockerContainer, DockerPsOutput, DockerState } from './schema.js';
