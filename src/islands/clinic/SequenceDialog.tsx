/**
 * The clinician's own sequence: choose, order and trim the steps, set each one's picture and
 * depth, write its sentence in their own words (or keep the site's, written from the model),
 * and share the whole sequence as a link and a QR code. Edits stay a draft until "Use these
 * steps"; the presenter then starts again on step 1. The link holds the steps and the words,
 * never the patient's numbers.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { renderSVG } from 'uqr';
import { depthInWords } from '../../state/describe';
import { RANGES } from '../../state/figureState';
import { sequenceSearch } from './clinicUrl';
import type { PatientHip } from './patient';
import {
  BUILT_IN_IDS,
  BUILT_IN_SEQUENCE,
  COMPARE_SOURCES,
  PRESET_SOURCES,
  library,
  stepFor,
  type Sequence,
  type SourceId,
} from './sequence';
import {
  MAX_LINK_CHARS,
  MAX_SENTENCE,
  MAX_STEPS,
  canShare,
  sequenceLength,
  tidySentence,
} from './sequenceUrl';

export interface SequenceDialogProps {
  /** The sequence in use, where the draft starts. */
  sequence: Sequence;
  /** Shapes the site's sentences shown as placeholders. */
  patient: PatientHip;
  /** This site's origin, for the shared link (empty before hydration). */
  origin: string;
  onUse: (sequence: Sequence) => void;
  /**
   * Opens as it mounts: the presenter mounts a fresh dialog (a new `key`) each time the
   * clinician opens it, so every draft starts from the sequence in use.
   */
  openOnMount: boolean;
}

interface Row {
  key: number;
  source: SourceId;
  depth: number | null;
  /** As typed; tidied (one line, no invisible characters) when used or shared. */
  text: string;
}

let nextKey = 1;
const rowsOf = (sequence: Sequence): Row[] =>
  sequence.steps.map((s) => ({
    key: nextKey++,
    source: s.source,
    depth: s.depth,
    text: s.sentence ?? '',
  }));

const sequenceOf = (rows: Row[]): Sequence => ({
  steps: rows.map((r) => ({ source: r.source, depth: r.depth, sentence: tidySentence(r.text) })),
});

const percent = (depth: number) => Math.round(depth * 100);

export default function SequenceDialog({
  sequence,
  patient,
  origin,
  onUse,
  openOnMount,
}: SequenceDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    if (openOnMount) dialog.current?.showModal();
  }, [openOnMount]);
  const [rows, setRows] = useState<Row[]>(() => rowsOf(sequence));
  const [adding, setAdding] = useState<SourceId>('p-cam');
  const [sharing, setSharing] = useState(false);
  const [copied, setCopied] = useState('');
  const pictures = useMemo(() => library(patient), [patient]);
  const draft = sequenceOf(rows);
  const length = sequenceLength(draft);
  const shareable = canShare(draft);
  const link = `${origin}/clinic/${sequenceSearch(draft) ? `?${sequenceSearch(draft)}` : ''}`;
  const qr = useMemo(
    () => (sharing && shareable ? renderSVG(link, { border: 2 }) : ''),
    [sharing, shareable, link],
  );

  const change = (key: number, patch: Partial<Row>) =>
    setRows((old) => old.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  const move = (i: number, by: number) =>
    setRows((old) => {
      const j = i + by;
      if (j < 0 || j >= old.length) return old;
      const copy = [...old];
      [copy[i], copy[j]] = [copy[j]!, copy[i]!];
      return copy;
    });
  const remove = (key: number) => setRows((old) => old.filter((r) => r.key !== key));
  const add = () =>
    setRows((old) => [...old, { key: nextKey++, source: adding, depth: null, text: '' }]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setCopied('Link copied.');
    } catch {
      setCopied('Select the link above and copy it.');
    }
  };

  const options = (
    <>
      <optgroup label="Guided steps (the patient’s hip when entered)">
        {BUILT_IN_IDS.map((id) => (
          <option key={id} value={id}>
            {pictures[id].title}
          </option>
        ))}
      </optgroup>
      <optgroup label="Model hips (never the patient’s)">
        {PRESET_SOURCES.map((id) => (
          <option key={id} value={id}>
            {pictures[id].title}
          </option>
        ))}
      </optgroup>
      <optgroup label="Two hips on one slider">
        {COMPARE_SOURCES.map((id) => (
          <option key={id} value={id}>
            {pictures[id].title}
          </option>
        ))}
      </optgroup>
    </>
  );

  return (
    <dialog
      ref={dialog}
      className="clinic-dialog clinic-sequence"
      aria-labelledby="clinic-seq-title"
    >
      <h2 id="clinic-seq-title">Your steps</h2>
      <div className="clinic-dialog-body">
        <p>
          Choose, order and trim the steps; set each one’s picture and depth; write its sentence in
          your own words, or leave it empty for the site’s sentence from the model. A link holds the
          steps and your words, not the patient’s numbers.
        </p>
        <ol className="clinic-seq-list">
          {rows.map((row, i) => {
            const shown = stepFor(
              { source: row.source, depth: row.depth, sentence: null },
              pictures,
              patient,
            );
            const figure = shown.kind === 'figure';
            const depth = row.depth ?? pictures[row.source].state.depth;
            const n = i + 1;
            return (
              <li key={row.key} className="clinic-seq-step" data-source={row.source}>
                <div className="clinic-seq-head">
                  <label className="clinic-seq-field">
                    <span>Step {n}</span>
                    <select
                      value={row.source}
                      onChange={(e) =>
                        change(row.key, { source: e.currentTarget.value as SourceId, depth: null })
                      }
                    >
                      {options}
                    </select>
                  </label>
                  <span className="clinic-seq-order">
                    <button
                      type="button"
                      className="clinic-button"
                      aria-label={`Move step ${n} up`}
                      disabled={i === 0}
                      onClick={() => move(i, -1)}
                    >
                      ↑
                    </button>
                    <button
                      type="button"
                      className="clinic-button"
                      aria-label={`Move step ${n} down`}
                      disabled={i === rows.length - 1}
                      onClick={() => move(i, 1)}
                    >
                      ↓
                    </button>
                    <button
                      type="button"
                      className="clinic-button quiet"
                      aria-label={`Remove step ${n}`}
                      disabled={rows.length === 1}
                      onClick={() => remove(row.key)}
                    >
                      Remove
                    </button>
                  </span>
                </div>
                {figure ? (
                  <>
                    <div className="clinic-seq-depth">
                      <label>
                        <span>
                          Depth<span className="visually-hidden"> of step {n}</span>:{' '}
                          {depthInWords(depth)} ({percent(depth)}%)
                          {row.depth === null ? ', its own' : ''}
                        </span>
                        <input
                          type="range"
                          className="hipviz-range"
                          min={0}
                          max={100}
                          step={Math.round(RANGES.depth.step * 100)}
                          value={percent(depth)}
                          onChange={(e) =>
                            change(row.key, { depth: Number(e.currentTarget.value) / 100 })
                          }
                        />
                      </label>
                      <button
                        type="button"
                        className="clinic-button quiet"
                        disabled={row.depth === null}
                        onClick={() => change(row.key, { depth: null })}
                      >
                        Its own depth
                      </button>
                    </div>
                    <label className="clinic-seq-field clinic-seq-words">
                      <span>
                        Sentence<span className="visually-hidden"> of step {n}</span>{' '}
                        <span className="clinic-hint">
                          (leave empty for the site’s, shown in grey)
                        </span>
                      </span>
                      <textarea
                        rows={2}
                        maxLength={MAX_SENTENCE}
                        value={row.text}
                        placeholder={shown.sentence}
                        onChange={(e) => change(row.key, { text: e.currentTarget.value })}
                      />
                    </label>
                  </>
                ) : (
                  <p className="clinic-hint">
                    The patient’s turn: their own slider and two questions, with kind feedback.
                  </p>
                )}
              </li>
            );
          })}
        </ol>
        <div className="clinic-seq-add">
          <label className="clinic-seq-field">
            <span>Add a step</span>
            <select value={adding} onChange={(e) => setAdding(e.currentTarget.value as SourceId)}>
              {options}
            </select>
          </label>
          <button
            type="button"
            className="clinic-button"
            disabled={rows.length >= MAX_STEPS}
            onClick={add}
          >
            Add
          </button>
        </div>
        <p className="clinic-hint" data-testid="seq-length">
          {rows.length} of at most {MAX_STEPS} steps; the link uses {length} of {MAX_LINK_CHARS}{' '}
          characters.
        </p>
        {sharing && (
          <div className="clinic-seq-share" data-testid="seq-share">
            {shareable ? (
              <>
                <label className="clinic-seq-field">
                  <span>Link to these steps</span>
                  <input
                    type="text"
                    readOnly
                    value={link}
                    onFocus={(e) => e.currentTarget.select()}
                  />
                </label>
                <button type="button" className="clinic-button" onClick={copy}>
                  Copy link
                </button>
                <span role="status">{copied}</span>
                <div
                  className="clinic-seq-qr"
                  role="img"
                  aria-label="QR code of these steps"
                  data-url={link}
                  dangerouslySetInnerHTML={{ __html: qr }}
                />
              </>
            ) : (
              <p role="status">
                These steps are too long to share as a link: shorten a sentence or remove a step.
              </p>
            )}
          </div>
        )}
      </div>
      <div className="clinic-dialog-actions">
        <button
          type="button"
          className="clinic-button primary"
          onClick={() => {
            dialog.current?.close();
            onUse(draft);
          }}
        >
          Use these steps
        </button>
        <button type="button" className="clinic-button" onClick={() => setSharing(true)}>
          Share
        </button>
        <button
          type="button"
          className="clinic-button quiet"
          onClick={() => setRows(rowsOf(BUILT_IN_SEQUENCE))}
        >
          The usual steps
        </button>
        <form method="dialog">
          <button type="submit" className="clinic-button">
            Cancel
          </button>
        </form>
      </div>
    </dialog>
  );
}
