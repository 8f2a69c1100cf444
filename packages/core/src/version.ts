/** The version of Hearth this copy of the code belongs to (kept equal to package.json by a test). */
export const HEARTH_VERSION = '0.1.0';
