/** The package version, injected at build time by tsup (`define`), or read from package.json in development. */
declare const __WSLSCOPE_VERSION__: string | undefined;
/** The version `wslscope --version` prints. */
export const version: string = typeof __WSLSCOPE_VERSION__ === 'string' ? __WSLSCOPE_VERSION__ : '0.0.0-dev';
