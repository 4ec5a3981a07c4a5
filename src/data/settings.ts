import { readSettings } from '../lib/settings.ts';

/**
 * The settings of this build, read from the environment once for the pages (the page bundle is a
 * module graph of its own, apart from astro.config.mjs and its integrations, which read theirs).
 */
export const settings = readSettings(process.env, process.cwd());
