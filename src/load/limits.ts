/** The limits of what notice reads, each refused with a diagnostic at its place (README: "What YAML is accepted"). */

/** Files larger than this are refused before parsing: a notice is a few kilobytes. */
export const MAX_FILE_BYTES = 1024 * 1024;
/** Deeper nesting than this is refused: a notice needs about eight levels. */
export const MAX_DEPTH = 64;
/**
 * Aliases (`*name`) a file may hold, and times they may be expanded, nested ones
 * multiplied (yaml's count), against "billion laughs" files.
 */
export const MAX_ALIAS_COUNT = 100;
/**
 * Characters of keys and values a notice may hold with every alias written
 * out: a 1 MiB text named by 99 aliases passes the two limits above, and would
 * render 100 MiB of HTML.
 */
export const MAX_EXPANDED_CHARS = 4 * MAX_FILE_BYTES;
