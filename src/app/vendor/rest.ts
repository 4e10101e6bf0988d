/** Data fetching and routing: the last of the start-up libraries (see ./react.ts). */
export { QueryClient } from '@tanstack/react-query';
export { createBrowserRouter } from 'react-router-dom';
