import '@mantine/core/styles.css';
import '@mantine/dates/styles.css';
import './print.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';
import { restoreSession } from '../lib/session';
import { AppProvider } from './provider';
import { createAppRouter } from './router';

const container = document.getElementById('root');
if (!container) throw new Error('index.html must contain <div id="root">');

// Before the first render, and once: a reload or a new tab gets its session back from the refresh cookie.
void restoreSession();

const router = createAppRouter();

createRoot(container).render(
  <StrictMode>
    <AppProvider>
      <RouterProvider router={router} />
    </AppProvider>
  </StrictMode>,
);
