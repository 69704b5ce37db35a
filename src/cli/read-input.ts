/** Reads an article file or standard input as UTF-8 text, refusing binary data with a clear reason. */
import { readFileSync } from 'node:fs';
import { RasdError } from '../errors.js';

export function readTextInput(path: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path === '-' ? 0 : path);
  } catch (e) {
    throw new RasdError('input_unreadable', `cannot read ${path === '-' ? 'standard input' : path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  if (bytes.includes(0)) throw new RasdError('binary', `expected a text file, found binary data (NUL bytes) in ${path}`);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw new RasdError('binary', `expected UTF-8 text, found bytes that are not UTF-8 in ${path}`);
  }
}
