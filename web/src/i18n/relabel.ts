/**
 * Static labels carry their message key (data-i18n, data-i18n-placeholder, data-i18n-label), so switching language
 * rewrites their text in place instead of rebuilding the page — the map and its state survive the switch.
 */
import { t, type MessageKey } from './i18n.js';

export const i18nText = (key: MessageKey) => ({ 'data-i18n': key });

export function relabel(root: ParentNode): void {
  for (const node of root.querySelectorAll<HTMLElement>('[data-i18n]')) node.textContent = t(node.dataset.i18n as MessageKey);
  for (const node of root.querySelectorAll<HTMLInputElement>('[data-i18n-placeholder]')) node.placeholder = t(node.dataset.i18nPlaceholder as MessageKey);
  for (const node of root.querySelectorAll<HTMLElement>('[data-i18n-label]')) node.setAttribute('aria-label', t(node.dataset.i18nLabel as MessageKey));
}
