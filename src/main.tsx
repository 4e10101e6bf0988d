import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { makeQueryClient } from './app/providers';
import { initialI18n } from './lib/i18n';

async function start() {
  // Demo builds only: the mock backend starts before the first request. In a production build this
  // branch is dropped at build time, and with it every module under mocks/.
  if (import.meta.env.VITE_DEMO === 'true') {
    const { startDemoBackend } = await import('../mocks/browser');
    await startDemoBackend();
  }
  const { lang, messages } = await initialI18n();
  const root = document.getElementById('root');
  if (!root) throw new Error('#root is missing from index.html');
  createRoot(root).render(
    <StrictMode>
      <App queryClient={makeQueryClient()} lang={lang} messages={messages} />
    </StrictMode>,
  );
}

void start();
