/**
 * A QR code of the figure's current state, on request: the clinician turns the tablet, the
 * patient scans it and leaves with the same view on their phone.
 */
import { useRef, useState } from 'react';

export interface QrButtonProps {
  /** Builds the canonical URL of the current state when the code is opened. */
  url: () => string;
}

export default function QrButton({ url }: QrButtonProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [svg, setSvg] = useState('');
  const open = async () => {
    // The QR encoder loads on first use: most readers never open it.
    const { renderSVG } = await import('uqr');
    setSvg(renderSVG(url(), { border: 2 }));
    dialog.current?.showModal();
  };
  return (
    <>
      <button type="button" onClick={open}>
        QR code
      </button>
      <dialog ref={dialog} className="hipviz-qr" aria-label="QR code of this view">
        {svg && (
          <>
            {/* uqr returns an SVG built from the link's bits: no text of the link reaches the markup. */}
            <div
              className="hipviz-qr-code"
              role="img"
              aria-label="QR code"
              dangerouslySetInnerHTML={{ __html: svg }}
            />
            <p className="hipviz-hint">Scan with a phone camera to open this exact view.</p>
          </>
        )}
        <form method="dialog">
          <button type="submit">Close</button>
        </form>
      </dialog>
    </>
  );
}
