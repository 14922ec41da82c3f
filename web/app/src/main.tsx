// Entry point: mounts the app inside the i18n provider and the query cache (api/query-client.ts).
import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { queryClient } from './api/query-client';
import { App } from './app';
import { I18nProvider } from './i18n/i18n-provider';
import { loadDictionary } from './i18n/loaded-dictionaries';
import { localeStore } from './i18n/locale-store';
import './styles.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html lacks the #root element');

// A visitor who chose English gets its dictionary first (one small chunk); if it fails to load, zh-CN texts show.
void loadDictionary(localeStore.load())
  .catch(() => undefined)
  .then(() =>
    createRoot(container).render(
      <StrictMode>
        <QueryClientProvider client={queryClient}>
          <I18nProvider>
            <App />
          </I18nProvider>
        </QueryClientProvider>
      </StrictMode>,
    ),
  );
