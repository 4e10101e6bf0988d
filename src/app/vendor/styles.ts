/** The style engine (Emotion, MUI's system): the second of the start-up libraries (see ./react.ts). */
export { createTheme } from '@mui/system';
