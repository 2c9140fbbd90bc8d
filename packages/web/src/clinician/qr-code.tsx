/**
 * A QR code drawn in the browser (the `qrcode` library, as SVG): nothing leaves the device, which
 * matters for the authenticator's secret. Shown as one image with a name for screen readers.
 */
import { toString as qrToString } from 'qrcode';
import { useEffect, useState } from 'react';

/** The QR code of `text` as SVG markup. */
export function qrSvg(text: string): Promise<string> {
  return qrToString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
}

export function QrCode(props: { text: string; label: string; className: string }) {
  const [svg, setSvg] = useState<string>();
  useEffect(() => {
    let current = true;
    qrSvg(props.text).then(
      (markup) => {
        if (current) setSvg(markup);
      },
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [props.text]);
  return (
    <div
      className={props.className}
      role="img"
      aria-label={props.label}
      data-qr={svg === undefined ? undefined : 'ready'}
      // Markup the library made here from text we hold; no one else's HTML.
      dangerouslySetInnerHTML={svg === undefined ? undefined : { __html: svg }}
    />
  );
}
