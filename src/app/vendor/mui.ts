/** MUI's components and theme: the third of the start-up libraries (see ./react.ts). */
export { ThemeProvider } from '@mui/material/styles';
