// scripts/build.mjs writes the hash of what the command is built from into the bundle (esbuild's `define`).
declare const __NOTICE_BUILD_ID__: string | undefined;

/**
 * The hash of the sources, schemas, dependencies and Node the running command was built from: what a cache
 * of the code's results is named by. Undefined when the code runs from its sources or the library's files.
 */
export const BUILD_ID: string | undefined = typeof __NOTICE_BUILD_ID__ === 'string' ? __NOTICE_BUILD_ID__ : undefined;
