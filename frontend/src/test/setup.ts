import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeAll } from 'vitest';
import { preloadPages } from '../components/lazyPage';

// screens are loaded lazily (components/lazyPage): load those of the routes under test before any test renders them
beforeAll(async () => {
  await preloadPages();
}, 60000);

afterEach(() => {
  cleanup();
});
