/**
 * Clinic mode: a full-screen presenter for a tablet (or, when it is all there is, a phone).
 * The joint and the body fill the screen; one big depth slider and the step buttons sit at
 * the bottom edge, in reach of one thumb; steps move by tap, swipe or a presentation clicker
 * (Page Up / Page Down). The clinician can enter the patient's hip, use their own sequence
 * of steps (and share it by link), switch to a high-contrast theme for a bright room, and
 * print a one-page handout of the patient's own model hip.
 *
 * The address is read once, after hydration (clinicUrl.ts), and then follows the session,
 * so a reload, or taking a new version of the site, comes back to the same step.
 */
import {
  startTransition,
  useCallback,
  useDeferredValue,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { rangeOfMotion } from '../../model';
import {
  DEFAULT_STATE,
  RANGES,
  clampToRange,
  type CameraState,
  type FigureState,
} from '../../state/figureState';
import { hipParameters } from '../../state/modelInput';
import { createFigureStore } from '../../state/store';
import FigureStage from '../FigureStage';
import type { LiveStatus } from '../LiveJoint';
import type { FirstPaint } from '../firstPaint';
import { useSolvedFigure, type SolvedFigure } from '../useSolvedFigure';
import ClinicBar from './ClinicBar';
import ClinicCompare from './ClinicCompare';
import { broughtSearch, readClinicAddress, sessionSearch } from './clinicUrl';
import { saveHandoff, takeHandoff } from './handoff';
import Handout from './Handout';
import HandoutDialog from './HandoutDialog';
import InstallHint from './InstallHint';
import PatientDialog from './PatientDialog';
import { NO_PATIENT, hasPatient, modelTagFor, patientPatch, type PatientHip } from './patient';
import { BUILT_IN_SEQUENCE, isBuiltIn, stepsFor, type Sequence } from './sequence';
import SequenceDialog from './SequenceDialog';
import type { SequenceRead } from './sequenceUrl';
import StepPanel from './StepPanel';
import type { GuidedStep } from './steps';
import TeachBack from './TeachBack';
import { NO_TEACH_BACK, type TeachBackResult } from './teachBack';
import UpdateNote from './UpdateNote';
import { useContrast } from './useContrast';
import { useSiteUpdate } from './useSiteUpdate';
import '../hipVisualizer.css';
import './clinic.css';

export interface ClinicPresenterProps {
  /** The drills article and the "Before you try this" page, for the handout (paths on this site). */
  drillsHref: string;
  safetyHref: string;
  /**
   * Worked out at build time, so hydrating need not (the steps' sentences and the typical
   * hip's seated rotation each search the model): the built-in steps for nobody measured,
   * the model's answers for the first of them (`firstPaint`), and the typical seated IR.
   */
  prebuilt?: { steps: GuidedStep[]; first: FirstPaint; typicalIrDeg: number };
}

/** The seated inward turn of the model's typical hip, the patient dialog's comparison. */
export const typicalSeatedIrDeg = (): number =>
  clampToRange(
    rangeOfMotion(hipParameters(DEFAULT_STATE)).internalRotationAt90Deg,
    RANGES.seatedIrDeg,
  );

/** Index of the view a "Present" link brought, before the steps. */
const BROUGHT = -1;
/** How often the address follows the slider on a brought view. */
const WRITE_EVERY_MS = 250;

type SequenceProblem = Extract<SequenceRead, { kind: 'broken' }>['reason'] | null;

export default function ClinicPresenter({
  drillsHref,
  safetyHref,
  prebuilt,
}: ClinicPresenterProps) {
  const [patient, setPatient] = useState<PatientHip>(NO_PATIENT);
  const [sequence, setSequence] = useState<Sequence>(BUILT_IN_SEQUENCE);
  const [sequenceProblem, setSequenceProblem] = useState<SequenceProblem>(null);
  const stepsOf = useCallback(
    (s: Sequence, p: PatientHip) =>
      prebuilt && isBuiltIn(s) && !hasPatient(p) ? prebuilt.steps : stepsFor(s, p),
    [prebuilt],
  );
  const steps = useMemo(() => stepsOf(sequence, patient), [stepsOf, sequence, patient]);
  const [typicalIrDeg] = useState(() => prebuilt?.typicalIrDeg ?? typicalSeatedIrDeg());
  const [store] = useState(() => createFigureStore(steps[0]!.state));
  const [index, setIndex] = useState(0);
  // The state a "Present" link brought, if any.
  const [brought, setBrought] = useState<FigureState | null>(null);
  const [staleVersion, setStaleVersion] = useState<number | null>(null);
  const [figure, setFigure] = useState<HTMLElement | null>(null);
  const [status, setStatus] = useState<LiveStatus>('poster');
  const [chosen, setChosen] = useState<ReadonlySet<string>>(() => new Set());
  const [teachBack, setTeachBack] = useState<TeachBackResult>(NO_TEACH_BACK);
  const [teachBackOnHandout, setTeachBackOnHandout] = useState(false);
  const [origin, setOrigin] = useState('');
  const [loaded, setLoaded] = useState(false);
  const [editing, setEditing] = useState(0);
  const [contrast, setContrast] = useContrast();
  const update = useSiteUpdate();
  const patientDialog = useRef<HTMLDialogElement>(null);
  const handoutDialog = useRef<HTMLDialogElement>(null);

  // The address, read once: a brought view, a sequence, or this presenter's own session.
  useEffect(() => {
    // The paper handout appears with the origin: a render that yields to the reader's input.
    startTransition(() => setOrigin(window.location.origin));
    const address = readClinicAddress(window.location.search);
    const handoff = takeHandoff();
    const forPatient = handoff?.patient ?? address.patient;
    const list = stepsOf(address.sequence, forPatient);
    setPatient(forPatient);
    setSequence(address.sequence);
    setSequenceProblem(address.sequenceProblem);
    if (handoff) {
      setChosen(new Set(handoff.chosen));
      setTeachBack(handoff.teachBack);
      setTeachBackOnHandout(handoff.teachBackOnHandout);
    }
    if (address.brought) {
      setBrought(address.brought);
      setStaleVersion(address.staleVersion);
      setIndex(BROUGHT);
      store.set(address.brought);
    } else {
      setIndex(address.start);
      store.set(list[address.start]!.state);
    }
    setLoaded(true);
  }, [store, stepsOf]);

  // …and then it follows the session: the step and the numbers, or the brought view as it moves.
  useEffect(() => {
    if (!loaded) return;
    const write = () => {
      const search =
        index === BROUGHT ? broughtSearch(store.get()) : sessionSearch(sequence, patient, index);
      history.replaceState(history.state, '', `${window.location.pathname}?${search}`);
    };
    write();
    if (index !== BROUGHT) return;
    let timer = 0;
    const unsubscribe = store.subscribe(() => {
      if (!timer)
        timer = window.setTimeout(() => {
          timer = 0;
          write();
        }, WRITE_EVERY_MS);
    });
    return () => {
      unsubscribe();
      window.clearTimeout(timer);
    };
  }, [loaded, index, patient, sequence, store]);

  const solved = useSolvedFigure(store, prebuilt?.first);
  const onCamera = useCallback((camera: CameraState) => store.set({ camera }), [store]);
  const { target } = solved;
  // The printed handout solves and draws the hip again: it follows the screen at low
  // priority, so a slider move draws the figure first and the paper copy catches up after.
  const paperScreen = useDeferredValue(target);

  const show = useCallback(
    (next: number, forPatient: PatientHip = patient, list = steps) => {
      const first = brought ? BROUGHT : 0;
      const i = Math.min(list.length - 1, Math.max(first, next));
      setIndex(i);
      if (i === BROUGHT && brought)
        store.set({ ...brought, ...patientPatch(forPatient), seatedIrDeg: forPatient.seatedIrDeg });
      else store.set(list[i]!.state);
    },
    [brought, patient, steps, store],
  );
  const previous = useCallback(() => show(index - 1), [show, index]);
  const next = useCallback(() => show(index + 1), [show, index]);

  const changePatient = (p: PatientHip) => {
    setPatient(p);
    // Re-show the current step for the new hip, so the figure uses it at once.
    show(index, p, stepsOf(sequence, p));
  };

  const applySequence = (s: Sequence) => {
    setSequence(s);
    setSequenceProblem(null);
    setTeachBack(NO_TEACH_BACK);
    // A new sequence starts on its first step.
    setBrought(null);
    setIndex(0);
    store.set(stepsOf(s, patient)[0]!.state);
  };

  // A presentation clicker sends Page Up / Page Down.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const t = e.target as HTMLElement | null;
      if (t?.closest('input, textarea, select, dialog')) return;
      if (e.key === 'PageDown') next();
      else if (e.key === 'PageUp') previous();
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [next, previous]);

  const step = index === BROUGHT ? null : steps[index]!;
  const modelTag = (step?.goal ? 'Goal: ' : '') + modelTagFor(target, patient);

  // The dock, for one hip or (with its sentence and readouts) for two.
  const dock = (
    forSlider: SolvedFigure,
    compare: { sentence: string; readouts: ReactNode } | null = null,
  ) => (
    <StepPanel
      solved={forSlider}
      step={step}
      position={{ index, count: steps.length, brought: brought !== null }}
      ownSequence={!isBuiltIn(sequence)}
      staleVersion={staleVersion}
      sequenceProblem={index === 0 ? sequenceProblem : null}
      onPrevious={previous}
      onNext={next}
      onDepth={(depth) => store.set({ depth })}
      sentence={compare?.sentence}
      readouts={compare?.readouts}
    >
      {step?.kind === 'teach-back' && (
        <TeachBack
          state={step.state}
          solved={forSlider}
          result={teachBack}
          onResult={setTeachBack}
          onDepth={(depth) => store.set({ depth })}
        />
      )}
    </StepPanel>
  );

  return (
    <div className="clinic" data-contrast={contrast ? 'on' : 'off'} data-ready={loaded}>
      <ClinicBar
        contrast={contrast}
        onContrast={setContrast}
        onPatient={() => patientDialog.current?.showModal()}
        onSequence={() => setEditing((n) => n + 1)}
        onHandout={() => handoutDialog.current?.showModal()}
        patientSet={hasPatient(patient)}
        ownSequence={!isBuiltIn(sequence)}
      />
      <div className="clinic-notes">
        <UpdateNote
          state={update.state}
          onTake={() =>
            update.take(() =>
              saveHandoff({ patient, chosen: [...chosen], teachBack, teachBackOnHandout }),
            )
          }
        />
        <InstallHint />
      </div>
      {step?.compare ? (
        <ClinicCompare
          key={step.compare}
          pair={step.compare}
          store={store}
          patient={patient}
          ownSentence={step.words === 'clinician' ? step.sentence : null}
          panel={(typical, sentence, readouts) => dock(typical, { sentence, readouts })}
        />
      ) : (
        <>
          <figure
            className="hipviz clinic-figure"
            ref={setFigure}
            data-status={status}
            data-figure="clinic"
          >
            <FigureStage
              solved={solved}
              onCamera={onCamera}
              figure={figure}
              status={status}
              onStatus={setStatus}
              modelTag={modelTag}
              liveStart="interaction"
            />
          </figure>
          {dock(solved)}
        </>
      )}

      <PatientDialog
        ref={patientDialog}
        patient={patient}
        typicalIrDeg={typicalIrDeg}
        onChange={changePatient}
      />
      <SequenceDialog
        key={editing}
        openOnMount={editing > 0}
        sequence={sequence}
        patient={patient}
        origin={origin}
        onUse={applySequence}
      />
      <HandoutDialog
        ref={handoutDialog}
        chosen={chosen}
        onToggle={(id, on) =>
          setChosen((old) => {
            const s = new Set(old);
            if (on) s.add(id);
            else s.delete(id);
            return s;
          })
        }
        teachBack={teachBack}
        teachBackOnHandout={teachBackOnHandout}
        onTeachBackOnHandout={setTeachBackOnHandout}
        patientSet={hasPatient(patient)}
        onPrint={() => {
          handoutDialog.current?.close();
          window.print();
        }}
      />
      {/* Paper only, so not in the server-rendered page: it appears once the page knows its address. */}
      {origin && (
        <Handout
          screen={paperScreen}
          patient={patient}
          chosen={chosen}
          teachBack={teachBackOnHandout ? teachBack : null}
          origin={origin}
          drillsUrl={origin + drillsHref}
          safetyUrl={origin + safetyHref}
        />
      )}
    </div>
  );
}
