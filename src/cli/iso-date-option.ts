/** A command-line date option: YYYY-MM-DD that is a real day, or commander's usage error saying what was found. */
import { InvalidArgumentError } from 'commander';
import { isValidIsoDate } from '../extract/index.js';

export const isoDate = (value: string): string => {
  if (!isValidIsoDate(value)) throw new InvalidArgumentError(`expected YYYY-MM-DD, found "${value}"`);
  return value;
};
