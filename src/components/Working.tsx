import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';

/** Work the server is doing for the user (a file being built, reminders going out): words and a bar. */
export function Working({ label }: { label: string }) {
  return (
    <Box>
      <Typography variant="body2">{label}</Typography>
      <LinearProgress aria-label={label} />
    </Box>
  );
}
