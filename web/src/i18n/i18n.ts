/**
 * The interface language: the strings of ar.json / en.json, the page's direction, and number and date formats.
 * The choice is kept in localStorage so it survives a reload, and is not part of the shared URL: a link shows the
 * same view to a colleague in the colleague's own language.
 */
import ar from './ar.json';
import en from './en.json';

export type Language = 'ar' | 'en';
export type MessageKey = keyof typeof en;

// Both files must hold the same keys; the compiler checks ar against en here.
const MESSAGES: Record<Language, Record<MessageKey, string>> = { ar, en };
const STORAGE_KEY = 'rasd.language';

let current: Language = initialLanguage();
const listeners = new Set<(language: Language) => void>();

function initialLanguage(): Language {
  const stored = safeStorageGet(STORAGE_KEY);
  if (stored === 'ar' || stored === 'en') return stored;
  return navigator.language.toLowerCase().startsWith('ar') ? 'ar' : 'en';
}

function safeStorageGet(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null; // storage may be disabled; the language then follows the browser
  }
}

export const language = (): Language => current;
export const isRtl = (): boolean => current === 'ar';

export function setLanguage(next: Language): void {
  current = next;
  try {
    localStorage.setItem(STORAGE_KEY, next);
  } catch {
    // not persisted, but still switched for this visit
  }
  applyToDocument();
  for (const listener of listeners) listener(next);
}

export function onLanguageChange(listener: (language: Language) => void): void {
  listeners.add(listener);
}

export function applyToDocument(): void {
  document.documentElement.lang = current;
  document.documentElement.dir = isRtl() ? 'rtl' : 'ltr';
  document.title = t('app.title');
}

/** A message with {name} placeholders filled in; values are text, never markup. */
export function t(key: MessageKey, values: Record<string, string | number> = {}): string {
  return MESSAGES[current][key].replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = values[name];
    return value === undefined ? whole : typeof value === 'number' ? formatNumber(value) : value;
  });
}

/** A label for a data value that may have a translation (event types), else the value itself. */
export function label(prefix: 'eventType' | 'subEventType', value: string): string {
  const key = `${prefix}.${value}`;
  return key in MESSAGES[current] ? MESSAGES[current][key as MessageKey] : value;
}

const numberFormats = new Map<Language, Intl.NumberFormat>();
export function formatNumber(n: number): string {
  let format = numberFormats.get(current);
  if (!format) numberFormats.set(current, (format = new Intl.NumberFormat(current)));
  return format.format(n);
}

const dateFormats = new Map<Language, Intl.DateTimeFormat>();
/** YYYY-MM-DD → a day in the interface language (Gregorian calendar in both). */
export function formatDay(isoDay: string): string {
  let format = dateFormats.get(current);
  if (!format) dateFormats.set(current, (format = new Intl.DateTimeFormat(current === 'ar' ? 'ar-u-ca-gregory' : 'en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' })));
  return format.format(new Date(`${isoDay}T00:00:00Z`));
}

const regionNames = new Map<Language, Intl.DisplayNames>();
/** ISO 3166 alpha-2 → the country's name in the interface language, from the browser's own data (no download). */
export function countryName(code: string): string {
  let names = regionNames.get(current);
  if (!names) regionNames.set(current, (names = new Intl.DisplayNames([current], { type: 'region' })));
  try {
    return names.of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}
