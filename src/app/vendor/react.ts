/**
 * React: the first of the start-up libraries, which src/main.tsx has evaluated one group at a time.
 * Exported so that the import is kept (the libraries declare no side effects).
 */
export { createElement } from 'react';
export { createRoot } from 'react-dom/client';
