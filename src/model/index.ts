/** The pid-namespace model: resolve observations into an `Analysis`, and query it. */
export { resolve, commandsCompatible, isDistinctiveCommand, INITIAL_PID_NS_INODE, MAX_PID_NS_LEVEL } from './resolve.js';
export { translatePid, namespacedPids, ancestorsOf, descendantsOf, namespaceOfPid, processAt } from './query.js';
export type {
  Analysis,
  CandidateMatch,
  Container,
  ContainerObservation,
  Evidence,
  NamespaceObservation,
  NamespacedPid,
  Observation,
  ObservationSet,
  PidNamespace,
  Process,
  ProcessObservation,
  View,
  ViewInput,
  ViewNamespaceObservation,
} from './schema.js';
export { assignRoles, type RoleInput, type RoleView, type RoleDockerContainer, type RoleInspect } from './roles.js';
