/**
 * The page's entry, kept small: it asks the API for the events before the big map bundle is even parsed, so the
 * request and MapLibre's start-up overlap; then it sets the language (and with it the page's direction) and starts
 * the app.
 */
import '@fontsource/noto-sans-arabic/arabic-400.css';
import '@fontsource/noto-sans-arabic/arabic-700.css';
import '@fontsource/noto-sans/latin-400.css';
import '@fontsource/noto-sans/latin-700.css';
import './styles.css';
import { fetchEvents } from './api/client.js';
import { applyToDocument } from './i18n/i18n.js';
import { filterParams, readViewState } from './state/view-state.js';

const firstEvents = fetchEvents(filterParams(readViewState(location.search).filters));
firstEvents.catch(() => undefined); // the app reports a failure when it awaits this
applyToDocument();
void import('./app.js').then(({ startApp }) => startApp(document.getElementById('app')!, firstEvents));
