/**
 * A clinician's sequence ⇄ URL query parameters:
 *
 *   /clinic/?seq=1&step=standing&step=p-cam*80&step=pinch**Your+own+words&step=teach-back
 *
 * `seq` is the format, then one `step` per step: the source, then optionally `*` and the
 * depth in hundredths of the model's 0–1 scale, then optionally `*` and the clinician's own
 * sentence (which may itself hold `*`: everything after the second one is the sentence).
 * `*` and the letters, digits, `-` and `.` of the ids are never escaped in a query string,
 * so a link stays short and readable.
 *
 * Format 1 names one hip per step; format 2 adds the compare sources (`c-typical-vs-tight`,
 * two hips on one slider). A sequence without them is still written as format 1, so a link
 * made today opens on a tablet whose cached site is older; one with them says "2", which an
 * older site reads as "made by a newer version" rather than as broken.
 *
 * Reading is all or nothing: a link that is too long, names an unknown source, carries a
 * depth out of range or a sentence with control characters is not read at all, and the
 * presenter shows the built-in steps with a calm note. Nothing in a link reaches the page
 * as markup (sentences are React text). Never throws.
 */
import {
  isBuiltIn,
  isCompareSource,
  isSourceId,
  type Sequence,
  type SequenceStep,
} from './sequence';

/** The newest format this code reads and writes; a link with a larger number was made by a newer site. */
export const SEQUENCE_FORMAT = 2;
/** The format a sequence needs: 2 only when a step shows two hips. */
export function formatFor(sequence: Sequence): number {
  return sequence.steps.some((s) => isCompareSource(s.source)) ? 2 : 1;
}
export const MAX_STEPS = 16;
/** Longest sentence, in characters: about two lines of the presenter's large type. */
export const MAX_SENTENCE = 160;
/**
 * Longest sequence part of a link, in characters. About 1,200 characters keep the whole
 * link's QR code scannable from a tablet screen (a version-27 code, 125 modules square).
 */
export const MAX_LINK_CHARS = 1200;

export type SequenceRead =
  | { kind: 'none' }
  | { kind: 'ok'; sequence: Sequence }
  | { kind: 'broken'; reason: 'newer' | 'invalid' | 'too-long' };

const FORMAT = /^\d{1,3}$/;
const DEPTH = /^\d{1,3}$/;
/** Characters a sentence may not hold: controls, invisible formatting (bidi overrides, zero widths), private use, and the replacement character a bad escape leaves. */
const FORBIDDEN = /[\p{Cc}\p{Cf}\p{Co}\uFFFD]/u;

/** A sentence as the editor keeps it: one line, single spaces, no invisible characters, at most MAX_SENTENCE long; null when empty. */
export function tidySentence(text: string): string | null {
  const tidy = [...text.replace(/[\p{Cc}\p{Cf}\p{Co}\uFFFD]/gu, ' ').replace(/\s+/g, ' ')]
    .slice(0, MAX_SENTENCE)
    .join('')
    .trim();
  return tidy === '' ? null : tidy;
}

function isTidy(sentence: string): boolean {
  return (
    !FORBIDDEN.test(sentence) &&
    sentence === sentence.trim() &&
    !/\s{2}/.test(sentence) &&
    [...sentence].length <= MAX_SENTENCE
  );
}

function readStep(raw: string): SequenceStep | null {
  const first = raw.indexOf('*');
  const second = first < 0 ? -1 : raw.indexOf('*', first + 1);
  const source = first < 0 ? raw : raw.slice(0, first);
  const depthRaw = first < 0 ? '' : raw.slice(first + 1, second < 0 ? undefined : second);
  const sentenceRaw = second < 0 ? '' : raw.slice(second + 1);
  if (!isSourceId(source)) return null;
  let depth: number | null = null;
  if (depthRaw !== '') {
    if (!DEPTH.test(depthRaw) || Number(depthRaw) > 100) return null;
    depth = Number(depthRaw) / 100;
  }
  if (sentenceRaw !== '' && !isTidy(sentenceRaw)) return null;
  const sentence = sentenceRaw === '' ? null : sentenceRaw;
  // The teach-back has its own slider and words: a depth or sentence for it means nothing.
  if (source === 'teach-back') return { source, depth: null, sentence: null };
  return { source, depth, sentence };
}

/** Reads a sequence from a link's query parameters (see the header). */
export function readSequence(params: URLSearchParams): SequenceRead {
  const format = params.get('seq');
  const raws = params.getAll('step');
  if (format === null && raws.length === 0) return { kind: 'none' };
  if (format === null || !FORMAT.test(format)) return { kind: 'broken', reason: 'invalid' };
  const version = Number(format);
  if (version > SEQUENCE_FORMAT) return { kind: 'broken', reason: 'newer' };
  if (version < 1) return { kind: 'broken', reason: 'invalid' };
  if (raws.length > MAX_STEPS || raws.reduce((n, r) => n + r.length, 0) > MAX_LINK_CHARS)
    return { kind: 'broken', reason: 'too-long' };
  if (raws.length === 0) return { kind: 'broken', reason: 'invalid' };
  const steps: SequenceStep[] = [];
  for (const raw of raws) {
    const step = readStep(raw);
    if (!step) return { kind: 'broken', reason: 'invalid' };
    steps.push(step);
  }
  const sequence = { steps };
  // Format 1 had no two-hip steps: a link that says 1 and holds one was not made by this site.
  if (formatFor(sequence) > version) return { kind: 'broken', reason: 'invalid' };
  if (sequenceLength(sequence) > MAX_LINK_CHARS) return { kind: 'broken', reason: 'too-long' };
  return { kind: 'ok', sequence };
}

function writeStep(step: SequenceStep): string {
  if (step.source === 'teach-back') return step.source;
  const depth = step.depth === null ? '' : String(Math.round(step.depth * 100));
  const sentence = step.sentence === null ? '' : step.sentence;
  if (sentence !== '') return `${step.source}*${depth}*${sentence}`;
  if (depth !== '') return `${step.source}*${depth}`;
  return step.source;
}

/** Adds a sequence's parameters to `params` (nothing for the built-in sequence, the default). */
export function writeSequence(sequence: Sequence, params = new URLSearchParams()): URLSearchParams {
  if (isBuiltIn(sequence)) return params;
  params.set('seq', String(formatFor(sequence)));
  params.delete('step');
  for (const step of sequence.steps) params.append('step', writeStep(step));
  return params;
}

/** How many characters a sequence takes in a link (to hold it under MAX_LINK_CHARS). */
export function sequenceLength(sequence: Sequence): number {
  return writeSequence(sequence).toString().length;
}

/** Whether a sequence can be shared as a link: not empty, within the limits, every sentence tidy. */
export function canShare(sequence: Sequence): boolean {
  return (
    sequence.steps.length > 0 &&
    sequence.steps.length <= MAX_STEPS &&
    sequence.steps.every((s) => s.sentence === null || isTidy(s.sentence)) &&
    sequenceLength(sequence) <= MAX_LINK_CHARS
  );
}
