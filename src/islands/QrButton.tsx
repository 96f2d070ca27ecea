/**
 * A QR code of the figure's current state, on request: the clinician turns the tablet, the
 * patient scans it and leaves with the same view on their phone.
 */
import { useRef, useState } from 'react';
import { renderSVG } from 'uqr';

export interface QrButtonProps {
  /** Builds the canonical URL of the current state when the code is opened. */
  url: () => string;
}

export default function QrButton({ url }: QrButtonProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [link, setLink] = useState('');
  const open = () => {
    setLink(url());
    dialog.current?.showModal();
  };
  return (
    <>
      <button type="button" onClick={open}>
        QR code
      </button>
      <dialog ref={dialog} className="hipviz-qr" aria-label="QR code of this view">
        {link && (
          <>
            {/* uqr returns an SVG built from the link's bits: no text of the link reaches the markup. */}
            <div className="hipviz-qr-code" role="img" aria-label="QR code" dangerouslySetInnerHTML={{ __html: renderSVG(link, { border: 2 }) }} />
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
