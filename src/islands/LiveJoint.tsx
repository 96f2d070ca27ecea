/**
 * The live 3D joint. It asks for a WebGL slot when the figure is near the screen, loads the
 * scene code on first use, and falls back to the poster (which sits underneath) when it has
 * no slot, no WebGL, or loses its context and cannot get it back.
 */
import { useEffect, useRef, useState } from 'react';
import type { JointSceneProps } from '../scene/JointScene';
import type { JointHandle } from '../scene/mountJoint';
import { claimContext } from './contextSlots';
import { onFirstInteraction } from './firstInteraction';

export type LiveStatus = 'poster' | 'loading' | 'live' | 'no-webgl';

export type LiveStart = 'near' | 'touch' | 'interaction';

/** The weaker of two hips' 3D states, for a figure that shows both (the compare figures). */
export function weakerStatus(a: LiveStatus, b: LiveStatus): LiveStatus {
  const order: LiveStatus[] = ['no-webgl', 'poster', 'loading', 'live'];
  return order[Math.min(order.indexOf(a), order.indexOf(b))]!;
}

export interface LiveJointProps {
  /** What the scene draws; passed straight through on every change. */
  scene: JointSceneProps;
  /** The figure element, whose distance from the screen decides who keeps a slot. */
  figure: HTMLElement | null;
  onStatus: (status: LiveStatus) => void;
  /**
   * When the 3D starts: when the figure nears the screen (default, an article's figures);
   * once the reader touches, clicks or focuses this figure (the home page: its poster is
   * enough until then); or at the reader's first interaction anywhere on the page (a
   * permalink, embed or presenter page, whose poster shows and answers the slider first).
   */
  start?: LiveStart;
}

/** Start the 3D this far before the figure scrolls into view. */
const NEAR_MARGIN = '300px 0px';

let webglProbe: boolean | undefined;

/** Whether this browser can draw WebGL at all; probed once per page, and the probe's context is given straight back. */
export function webglAvailable(): boolean {
  if (webglProbe !== undefined) return webglProbe;
  try {
    const gl = document.createElement('canvas').getContext('webgl2');
    webglProbe = Boolean(gl);
    gl?.getExtension('WEBGL_lose_context')?.loseContext();
  } catch {
    webglProbe = false;
  }
  return webglProbe;
}

/** What counts as the reader reaching for a figure that waits to be touched. */
const TOUCH_EVENTS = ['pointerdown', 'focusin', 'keydown', 'wheel'] as const;

export default function LiveJoint({ scene, figure, onStatus, start = 'near' }: LiveJointProps) {
  const holder = useRef<HTMLDivElement>(null);
  const handle = useRef<JointHandle | null>(null);
  const sceneRef = useRef(scene);
  sceneRef.current = scene;
  const [hasSlot, setHasSlot] = useState(false);
  const [generation, setGeneration] = useState(0);
  const [touched, setTouched] = useState(start === 'near');
  // A figure whose start becomes 'near' (a link that carries an orbit) starts, and once
  // started the 3D stays, whatever `start` says later.
  if (start === 'near' && !touched) setTouched(true);
  const started = touched || start === 'near';

  useEffect(() => {
    if (started) return;
    const touch = () => setTouched(true);
    if (start === 'interaction') return onFirstInteraction(touch);
    if (!figure) return;
    for (const type of TOUCH_EVENTS)
      figure.addEventListener(type, touch, { once: true, passive: true });
    return () => {
      for (const type of TOUCH_EVENTS) figure.removeEventListener(type, touch);
    };
  }, [started, figure, start]);

  // Near the screen → claim a slot; far → give it back.
  useEffect(() => {
    if (!figure || !started) return;
    if (!webglAvailable()) {
      onStatus('no-webgl');
      return;
    }
    let release: (() => void) | null = null;
    const observer = new IntersectionObserver(
      ([entry]) => {
        if (entry?.isIntersecting && !release)
          release = claimContext(
            figure,
            () => setHasSlot(true),
            () => setHasSlot(false),
          );
        else if (!entry?.isIntersecting && release) {
          release();
          release = null;
          setHasSlot(false);
        }
      },
      { rootMargin: NEAR_MARGIN },
    );
    observer.observe(figure);
    return () => {
      observer.disconnect();
      release?.();
    };
  }, [figure, onStatus, started]);

  // With a slot: a fresh canvas and a scene on it; without: nothing but the poster.
  useEffect(() => {
    const container = holder.current;
    if (!hasSlot || !container) {
      onStatus('poster');
      return;
    }
    onStatus('loading');
    let cancelled = false;
    const canvas = document.createElement('canvas');
    canvas.setAttribute('aria-hidden', 'true');
    container.appendChild(canvas);
    let lostTimer = 0;
    const onLost = (e: Event) => {
      e.preventDefault();
      onStatus('poster');
      // three restores a context it gets back; if none comes, start over on a new canvas.
      lostTimer = window.setTimeout(() => setGeneration((g) => g + 1), 1500);
    };
    const onRestored = () => {
      window.clearTimeout(lostTimer);
      onStatus('live');
      handle.current?.render(sceneRef.current);
    };
    canvas.addEventListener('webglcontextlost', onLost);
    canvas.addEventListener('webglcontextrestored', onRestored);
    const resize = new ResizeObserver(() =>
      handle.current?.resize(container.clientWidth, container.clientHeight),
    );

    import('../scene/mountJoint')
      .then(({ mountJoint }) => mountJoint(canvas, container.clientWidth, container.clientHeight))
      .then((h) => {
        if (cancelled) return h.unmount();
        handle.current = h;
        h.render(sceneRef.current);
        resize.observe(container);
        onStatus('live');
      })
      .catch(() => {
        if (!cancelled) onStatus('no-webgl');
      });

    return () => {
      cancelled = true;
      window.clearTimeout(lostTimer);
      resize.disconnect();
      canvas.removeEventListener('webglcontextlost', onLost);
      canvas.removeEventListener('webglcontextrestored', onRestored);
      handle.current?.unmount();
      handle.current = null;
      canvas.remove();
    };
  }, [hasSlot, generation, onStatus]);

  useEffect(() => {
    handle.current?.render(scene);
  }, [scene]);

  return <div ref={holder} className="hipviz-canvas" />;
}
