/** "Numbers" of a compare figure: each readout of the two hips side by side, in words. */
import type { Readout } from '../state/describe';
import { HIP_BEND_NOTE } from '../state/describe';

export interface CompareTableProps {
  typical: Readout[];
  other: Readout[];
  otherLabel: string;
}

export default function CompareTable({ typical, other, otherLabel }: CompareTableProps) {
  return (
    <details className="hipviz-numbers">
      <summary>Numbers</summary>
      <table className="hipviz-compare-table">
        <thead>
          <tr>
            <th scope="col">
              <span className="visually-hidden">Readout</span>
            </th>
            <th scope="col">Typical hip</th>
            <th scope="col">{otherLabel}</th>
          </tr>
        </thead>
        <tbody>
          {typical.map((r, i) => (
            <tr key={r.id} data-readout={r.id}>
              <th scope="row">{r.label}</th>
              <td className={r.alert ? 'alert' : undefined}>{r.value}</td>
              <td className={other[i]?.alert ? 'alert' : undefined}>{other[i]?.value}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="hipviz-note">{HIP_BEND_NOTE}</p>
    </details>
  );
}
