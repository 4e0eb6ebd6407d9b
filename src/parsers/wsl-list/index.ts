/** The `wsl.exe --list` family parser: `parseWslList` and its types (zod schemas stay in `schema.ts`). */
export { parseWslList } from './parse.js';
export type { WslDistro, WslDistroState, WslListError, WslListMessage, WslListOptions, WslListOutput, WslOnlineDistro } from './schema.js';
