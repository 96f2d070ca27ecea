/**
 * The patient's numbers: seated hip internal rotation and ankle bend measured in the clinic,
 * and optionally an alpha angle and a centre-edge angle from an imaging report. Every step
 * then uses a model hip shaped by them, and says so; each report number carries a caution
 * that the model takes one number from it and is not the patient's hip.
 */
import type { Ref } from 'react';
import { DEFAULT_STATE, RANGES, clampToRange } from '../../state/figureState';
import {
  KNEE_TO_WALL_RANGE_CM,
  TYPICAL_KNEE_TO_WALL,
  readKneeToWall,
} from '../../state/kneeToWall';
import NumberField from './NumberField';
import type { PatientHip } from './patient';

export interface PatientDialogProps {
  patient: PatientHip;
  /** The model's own seated rotation for a typical hip, where − and + start. */
  typicalIrDeg: number;
  onChange: (patient: PatientHip) => void;
}

export default function PatientDialog({
  patient,
  typicalIrDeg,
  onChange,
  ref,
}: PatientDialogProps & { ref?: Ref<HTMLDialogElement> }) {
  return (
    <dialog ref={ref} className="clinic-dialog" aria-labelledby="clinic-patient-title">
      <h2 id="clinic-patient-title">The patient’s hip</h2>
      <div className="clinic-dialog-body">
        <p>
          Enter what you measured. Every step then shows a{' '}
          <strong>model shaped by these numbers</strong>, not an image of the patient’s joint.
        </p>
        <NumberField
          label="Seated internal rotation"
          hint="Sitting, knee bent to 90°: how far the foot swings out as the thigh rolls in"
          value={patient.seatedIrDeg}
          range={RANGES.seatedIrDeg}
          startFrom={typicalIrDeg}
          onChange={(seatedIrDeg) => onChange({ ...patient, seatedIrDeg })}
        />
        <NumberField
          label="Knee-to-wall distance (optional)"
          hint="Heel down, knee touching the wall: how far the big toe is from the wall"
          unit="cm"
          value={patient.kneeToWallCm}
          range={KNEE_TO_WALL_RANGE_CM}
          startFrom={clampToRange(TYPICAL_KNEE_TO_WALL.hall2017.meanCm, KNEE_TO_WALL_RANGE_CM)}
          reading={
            patient.kneeToWallCm !== null && patient.ankleDorsiflexionDeg !== null
              ? `About ${patient.ankleDorsiflexionDeg}° of ankle bend, set below: the shin’s lean for this distance, from the shin’s length (de Leva 1996) fitted to 50 adults’ lunges (Hall and Docherty 2017).`
              : undefined
          }
          onChange={(kneeToWallCm) => {
            const reading = kneeToWallCm === null ? null : readKneeToWall(kneeToWallCm);
            onChange({
              ...patient,
              kneeToWallCm: reading ? reading.distanceCm : null,
              ankleDorsiflexionDeg: reading
                ? clampToRange(reading.dorsiflexionDeg, RANGES.ankleDorsiflexionDeg)
                : null,
            });
          }}
        />
        <NumberField
          label="Ankle dorsiflexion (optional)"
          hint="How far the shin tips forward over the foot, heel down, in degrees"
          value={patient.ankleDorsiflexionDeg}
          range={RANGES.ankleDorsiflexionDeg}
          startFrom={DEFAULT_STATE.ankleDorsiflexionDeg}
          onChange={(ankleDorsiflexionDeg) =>
            // Degrees typed here are their own measurement, no longer the distance's.
            onChange({ ...patient, ankleDorsiflexionDeg, kneeToWallCm: null })
          }
        />
        <h3 className="clinic-dialog-subtitle">From an imaging report (optional)</h3>
        <NumberField
          label="Alpha angle"
          hint="Where the ball meets the neck; larger means a cam shape"
          caution="The model takes this as one angle at the front-top of the neck. A report’s angle depends on the scan and the view it was measured in, and the model stays a model, not the patient’s hip."
          value={patient.alphaDeg}
          range={RANGES.alphaDeg}
          startFrom={DEFAULT_STATE.alphaDeg}
          onChange={(alphaDeg) => onChange({ ...patient, alphaDeg })}
        />
        <NumberField
          label="Centre-edge angle"
          hint="How far the top of the socket covers the ball; larger means a deeper socket"
          caution={`The model takes this as the cover of the top of the socket, and cannot show a socket shallower than ${RANGES.lceDeg.min}°. It stays a model, not the patient’s hip.`}
          value={patient.lceDeg}
          range={RANGES.lceDeg}
          startFrom={DEFAULT_STATE.lceDeg}
          onChange={(lceDeg) => onChange({ ...patient, lceDeg })}
        />
      </div>
      <form method="dialog" className="clinic-dialog-actions">
        <button type="submit" className="clinic-button primary">
          Done
        </button>
      </form>
    </dialog>
  );
}
