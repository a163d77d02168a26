/** The task pane root: theme, language toggle, error boundary around the pane. */
import { useState, type ErrorInfo } from 'react';
import { Button, FluentProvider, makeStyles, tokens, webLightTheme } from '@fluentui/react-components';
import type { WorkbookHost } from '../../host/workbook-host';
import { STRINGS, otherLocale, type Locale } from '../strings';
import type { ForecastClient } from '../forecast/forecast-client';
import type { PaneUseCases } from '../use-cases';
import { ErrorBoundary } from './ErrorBoundary';
import { Pane } from './Pane';

const useStyles = makeStyles({
  root: { padding: tokens.spacingHorizontalM, minHeight: '100vh', boxSizing: 'border-box' },
  header: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', marginBottom: tokens.spacingVerticalM },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
});

export interface AppProps {
  host: WorkbookHost;
  useCases: PaneUseCases;
  initialLocale: Locale;
  onError?: (error: unknown, info: ErrorInfo) => void;
  /** Runs forecasts; default: the Web Worker, in-thread where there is none (tests pass their own). */
  forecastClient?: ForecastClient;
}

export function App(props: AppProps) {
  const [locale, setLocale] = useState<Locale>(props.initialLocale);
  const strings = STRINGS[locale];
  const styles = useStyles();
  return (
    <FluentProvider theme={webLightTheme} lang={locale} className={styles.root}>
      <header className={styles.header}>
        <h1 className={styles.title}>{strings.appTitle}</h1>
        <Button size="small" appearance="subtle" lang={otherLocale(locale)} onClick={() => setLocale(otherLocale(locale))}>
          {strings.languageToggle}
        </Button>
      </header>
      <ErrorBoundary strings={strings} onError={props.onError}>
        <Pane host={props.host} useCases={props.useCases} locale={locale} strings={strings} forecastClient={props.forecastClient} />
      </ErrorBoundary>
    </FluentProvider>
  );
}
