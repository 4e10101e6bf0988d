/** Data fetching and routing: the last of the start-up libraries (see ./react.ts). */
export { QueryClient } from '@tanstack/react-query';
export { BrowserRouter } from 'react-router-dom';
