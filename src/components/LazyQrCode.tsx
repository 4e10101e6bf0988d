import { lazy, Suspense, type ComponentProps } from 'react';

const QrCode = lazy(() => import('./QrCode'));

/** The QR code, its code (and the QR library) loaded only where one is shown. */
export function LazyQrCode(props: ComponentProps<typeof QrCode>) {
  return (
    <Suspense fallback={<span style={{ display: 'inline-block', width: props.size ?? '28mm' }} />}>
      <QrCode {...props} />
    </Suspense>
  );
}
