import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { createQueryClient } from './queryClient';
import './styles/app.scss';

// What the GOV.UK page template's inline script does, done from module code (the CSP allows no inline scripts).
document.body.classList.add('js-enabled', 'govuk-frontend-supported');

const root = document.getElementById('root');
if (root === null) {
  throw new Error('The page has no #root element');
}
createRoot(root).render(
  <StrictMode>
    <App queryClient={createQueryClient()} />
  </StrictMode>,
);
