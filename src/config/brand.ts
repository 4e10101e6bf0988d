/**
 * The colours and mark shared by the MUI theme and the static first screen that `index.html` paints
 * before any script has run (see `appShell` in vite.config.ts). Plain values, no imports: the Vite
 * config reads this file too.
 */
export const brand = {
  /** Government red; white text on it passes WCAG AA. */
  primary: '#a4161a',
  secondary: '#1d4e89',
  background: '#f6f5f3',
  /** The mark (a yellow star on red), in a 32 × 32 box, as in public/favicon.svg. */
  mark: {
    viewBox: '0 0 32 32',
    tile: '#b71c1c',
    star: '#ffd600',
    starPath: 'M16 6l2.6 6.4 6.9.5-5.3 4.4 1.7 6.7L16 20.3 10.1 24l1.7-6.7-5.3-4.4 6.9-.5z',
  },
  /** MUI's Toolbar heights (its defaults): phone portrait, phone landscape, 600 px and wider. */
  toolbar: { portrait: 56, landscape: 48, wide: 64 },
} as const;

/** The mark as SVG markup, for index.html. */
export function markSvg(size: number): string {
  const { viewBox, tile, star, starPath } = brand.mark;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${viewBox}" width="${size}" height="${size}" ` +
    `aria-hidden="true" focusable="false"><rect width="32" height="32" rx="6" fill="${tile}"/>` +
    `<path d="${starPath}" fill="${star}"/></svg>`
  );
}
