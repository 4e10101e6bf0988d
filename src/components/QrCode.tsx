import { encode } from 'uqr';

/**
 * A QR code drawn as SVG, made here in the browser (uqr: no network, no canvas). Its own chunk:
 * only the pages that print one load it (see `LazyQrCode`).
 */
export default function QrCode({
  value,
  label,
  size = '28mm',
}: {
  value: string;
  /** What the code leads to, for those who cannot scan it. */
  label: string;
  size?: string;
}) {
  const qr = encode(value, { ecc: 'M', border: 2 });
  let d = '';
  qr.data.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (dark) d += `M${x} ${y}h1v1h-1z`;
    }),
  );
  return (
    <svg
      role="img"
      aria-label={label}
      viewBox={`0 0 ${qr.size} ${qr.size}`}
      width={size}
      height={size}
      shapeRendering="crispEdges"
      style={{ display: 'block', background: '#fff' }}
    >
      <path d={d} fill="#000" />
    </svg>
  );
}
