import { brand } from '../config/brand';

/** The app's mark in the app bar (decorative: the name beside it says what the app is). */
export function BrandMark({ size = 28 }: { size?: number }) {
  const { viewBox, tile, star, starPath } = brand.mark;
  return (
    <svg
      viewBox={viewBox}
      width={size}
      height={size}
      aria-hidden="true"
      focusable="false"
      style={{ flexShrink: 0, display: 'block' }}
    >
      <rect width="32" height="32" rx="6" fill={tile} />
      <path d={starPath} fill={star} />
    </svg>
  );
}
