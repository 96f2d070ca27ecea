/**
 * Shares the link to this figure's exact state: the system share sheet where the device
 * has one (tablets, phones), the clipboard elsewhere, with a visible confirmation.
 */
import { useState } from 'react';

export interface ShareButtonProps {
  /** Builds the canonical URL of the current state when pressed. */
  url: () => string;
  title: string;
}

export default function ShareButton({ url, title }: ShareButtonProps) {
  const [message, setMessage] = useState('');
  const share = async () => {
    const link = url();
    try {
      if (
        typeof navigator.share === 'function' &&
        navigator.canShare?.({ url: link }) !== false &&
        matchMedia('(pointer: coarse)').matches
      ) {
        await navigator.share({ title, url: link });
        setMessage('Shared.');
      } else {
        await navigator.clipboard.writeText(link);
        setMessage('Link copied. It opens this figure exactly as it is now.');
      }
    } catch (error) {
      if ((error as DOMException).name === 'AbortError') return;
      setMessage(`Copy this link: ${link}`);
    }
  };
  return (
    <>
      <button type="button" onClick={share}>
        Share this view
      </button>
      <span className="hipviz-status" role="status">
        {message}
      </span>
    </>
  );
}
