/**
 * The patient's measurements: seated hip internal rotation and, optionally, ankle bend.
 * Every guided step then uses a model hip shaped by them, and says so.
 */
import type { Ref } from 'react';
import { DEFAULT_STATE, RANGES } from '../../state/figureState';
import NumberField from './NumberField';
import type { PatientHip } from './steps';

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
        label="Ankle dorsiflexion (optional)"
        hint="How far the shin tips forward over the foot, heel down"
        value={patient.ankleDorsiflexionDeg}
        range={RANGES.ankleDorsiflexionDeg}
        startFrom={DEFAULT_STATE.ankleDorsiflexionDeg}
        onChange={(ankleDorsiflexionDeg) => onChange({ ...patient, ankleDorsiflexionDeg })}
      />
      <form method="dialog" className="clinic-dialog-actions">
        <button type="submit" className="clinic-button primary">
          Done
        </button>
      </form>
    </dialog>
  );
}
