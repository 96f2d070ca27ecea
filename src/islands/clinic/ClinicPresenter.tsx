/**
 * Clinic mode: a full-screen presenter for a tablet. The joint and the body fill the screen;
 * one big depth slider and the step buttons sit at the bottom edge, in reach of one thumb;
 * guided steps move by tap, swipe or a presentation clicker (Page Up / Page Down). The
 * clinician can enter the patient's measured hip, switch to a high-contrast theme for a
 * bright room, and print a one-page handout of what is on screen.
 *
 * A "Present" link from any figure opens this page with that figure's state in the query
 * string: the presenter starts from it, and the guided steps follow on "Next".
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { MODEL_VERSION, rangeOfMotion } from '../../model';
import { DEFAULT_STATE, RANGES, clampToRange, type FigureState } from '../../state/figureState';
import { hipParameters } from '../../state/modelInput';
import { createFigureStore } from '../../state/store';
import { parseState, serializeState } from '../../state/url';
import FigureStage from '../FigureStage';
import type { LiveStatus } from '../LiveJoint';
import { useSolvedFigure } from '../useSolvedFigure';
import { useUrlSync } from '../useUrlSync';
import ClinicBar from './ClinicBar';
import Handout from './Handout';
import HandoutDialog from './HandoutDialog';
import InstallHint from './InstallHint';
import PatientDialog from './PatientDialog';
import StepPanel from './StepPanel';
import {
  NO_PATIENT,
  guidedSteps,
  modelTagFor,
  patientFromState,
  patientPatch,
  type PatientHip,
} from './steps';
import { useContrast } from './useContrast';
import '../hipVisualizer.css';
import './clinic.css';

export interface ClinicPresenterProps {
  /** The drills article and the "Before you try this" page, for the handout (paths on this site). */
  drillsHref: string;
  safetyHref: string;
}

/** Index of the view a "Present" link brought, before the guided steps. */
const BROUGHT = -1;

const TYPICAL_IR_DEG = clampToRange(
  rangeOfMotion(hipParameters(DEFAULT_STATE)).internalRotationAt90Deg,
  RANGES.seatedIrDeg,
);

export default function ClinicPresenter({ drillsHref, safetyHref }: ClinicPresenterProps) {
  const [patient, setPatient] = useState<PatientHip>(NO_PATIENT);
  const steps = useMemo(() => guidedSteps(patient), [patient]);
  const [store] = useState(() => createFigureStore(steps[0]!.state));
  const [index, setIndex] = useState(0);
  // The state a "Present" link brought, if any (read from the address after hydration).
  const [brought, setBrought] = useState<FigureState | null>(null);
  const [figure, setFigure] = useState<HTMLElement | null>(null);
  const [status, setStatus] = useState<LiveStatus>('poster');
  const [chosen, setChosen] = useState<ReadonlySet<string>>(() => new Set());
  const [origin, setOrigin] = useState('');
  const [contrast, setContrast] = useContrast();
  const patientDialog = useRef<HTMLDialogElement>(null);
  const handoutDialog = useRef<HTMLDialogElement>(null);

  // The address follows the figure (so a reload keeps it); a link's state is read once, here.
  const { staleVersion } = useUrlSync({
    store,
    figureId: 'clinic',
    base: DEFAULT_STATE,
    ownsUnnamed: true,
    element: null,
  });
  useEffect(() => {
    setOrigin(window.location.origin);
    const parsed = parseState(window.location.search, DEFAULT_STATE, MODEL_VERSION);
    if (!parsed.hasState) return;
    setBrought(parsed.state);
    setPatient(patientFromState(parsed.state));
    setIndex(BROUGHT);
    store.set(parsed.state);
  }, [store]);

  const solved = useSolvedFigure(store);
  const { target } = solved;

  const show = useCallback(
    (next: number, forPatient: PatientHip = patient, stepList = steps) => {
      const first = brought ? BROUGHT : 0;
      const i = Math.min(stepList.length - 1, Math.max(first, next));
      setIndex(i);
      if (i === BROUGHT && brought)
        store.set({ ...brought, ...patientPatch(forPatient), seatedIrDeg: forPatient.seatedIrDeg });
      else store.set(stepList[i]!.state);
    },
    [brought, patient, steps, store],
  );
  const previous = useCallback(() => show(index - 1), [show, index]);
  const next = useCallback(() => show(index + 1), [show, index]);

  const changePatient = (p: PatientHip) => {
    setPatient(p);
    // Re-show the current step for the new hip, so the figure uses it at once.
    show(index, p, guidedSteps(p));
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

  // Set once every effect above has run (the clicker's keys are heard): a signal for tests.
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);

  const step = index === BROUGHT ? null : steps[index]!;
  const modelTag = modelTagFor(target, patient);
  const liveUrl = origin
    ? `${origin}/clinic/?${serializeState(target, null, MODEL_VERSION).toString()}`
    : '';

  return (
    <div className="clinic" data-contrast={contrast ? 'on' : 'off'} data-ready={ready}>
      <ClinicBar
        contrast={contrast}
        onContrast={setContrast}
        onPatient={() => patientDialog.current?.showModal()}
        onHandout={() => handoutDialog.current?.showModal()}
        patientSet={patient.seatedIrDeg !== null || patient.ankleDorsiflexionDeg !== null}
      />
      <InstallHint />
      <figure
        className="hipviz clinic-figure"
        ref={setFigure}
        data-status={status}
        data-figure="clinic"
      >
        <FigureStage
          solved={solved}
          store={store}
          figure={figure}
          status={status}
          onStatus={setStatus}
          modelTag={modelTag}
        />
      </figure>
      <StepPanel
        solved={solved}
        step={step}
        position={{ index, count: steps.length, brought: brought !== null }}
        staleVersion={staleVersion}
        onPrevious={previous}
        onNext={next}
        onDepth={(depth) => store.set({ depth })}
      />

      <PatientDialog
        ref={patientDialog}
        patient={patient}
        typicalIrDeg={TYPICAL_IR_DEG}
        onChange={changePatient}
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
        onPrint={() => {
          handoutDialog.current?.close();
          window.print();
        }}
      />
      {/* Paper only, so not in the server-rendered page: it appears once the page knows its address. */}
      {origin && (
        <Handout
          solved={solved}
          modelTag={modelTagFor(target, patient, 'patient')}
          chosen={chosen}
          liveUrl={liveUrl}
          drillsUrl={origin + drillsHref}
          safetyUrl={origin + safetyHref}
        />
      )}
    </div>
  );
}
