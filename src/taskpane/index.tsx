/**
 * Task pane entry: waits for Office, picks the language, and mounts the React pane with the
 * real use cases over the Office.js host. This is the composition root; nothing below it
 * touches Office.js except through src/host/office.
 */
import { createRoot } from 'react-dom/client';
import { FluentProvider, MessageBar, MessageBarBody, webLightTheme } from '@fluentui/react-components';
import { analyzeWorkbook, buildForecast, buildVariance, saveMapping } from '../app';
import { OfficeHost } from '../host/office';
import { excelAvailable, logError, officeReady, showFatalError } from '../host/office/env';
import { App } from './components/App';
import { STRINGS, pickLocale } from './strings';

async function main(): Promise<void> {
  const env = await officeReady();
  const locale = pickLocale(env.displayLanguage);
  const container = document.getElementById('root');
  if (!container) throw new Error('the page has no #root element');
  const root = createRoot(container, { onUncaughtError: (e) => logError(e) });
  if (!env.inOffice && !excelAvailable()) {
    root.render(
      <FluentProvider theme={webLightTheme}>
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{STRINGS[locale].notInOffice}</MessageBarBody>
        </MessageBar>
      </FluentProvider>,
    );
    return;
  }
  const host = new OfficeHost();
  root.render(<App host={host} useCases={{ analyzeWorkbook, buildVariance, buildForecast, saveMapping }} initialLocale={locale} onError={(e) => logError(e)} />);
}

main().catch((e: unknown) => {
  logError(e);
  showFatalError(e, STRINGS[pickLocale(typeof navigator === 'undefined' ? 'en-US' : navigator.language)].crashTitle);
});
