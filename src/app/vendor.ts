/**
 * The libraries of the first screen, imported by src/main.tsx before the app itself so that their
 * evaluation is a task of its own (see `startupChunk` in vite.config.ts): two shorter tasks instead
 * of one long one on a phone.
 */
import 'react';
import 'react-dom/client';
import '@mui/material/styles';
import '@tanstack/react-query';
import 'react-router-dom';
