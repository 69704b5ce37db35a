/** Where the database lives unless --db or RASD_DB says otherwise: the user's data folder (XDG, macOS, Windows). */
import path from 'node:path';
import envPaths from 'env-paths';

export function defaultDatabasePath(env: NodeJS.ProcessEnv = process.env): string {
  return env.RASD_DB || path.join(envPaths('rasd', { suffix: '' }).data, 'rasd.db');
}
