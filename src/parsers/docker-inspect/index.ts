/** `docker inspect` output (template values or JSON) → pids and containers. Types only from the schema. */
export { parseDockerInspect } from './parse.js';
export type { DockerInspectObject, DockerInspectOptions, DockerInspectOutput, DockerInspectValue } from './schema.js';
