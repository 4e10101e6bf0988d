/** MUI and Emotion: the second of the start-up libraries (see ./react.ts). */
export { ThemeProvider } from '@mui/material/styles';
