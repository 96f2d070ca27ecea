/** The model's numbers, with units and plain labels. */
import type { Readout } from '../state/describe';

export interface ReadoutsProps {
  items: Readout[];
}

export default function Readouts({ items }: ReadoutsProps) {
  return (
    <dl className="hipviz-readouts">
      {items.map((r) => (
        <div key={r.id} className={r.alert ? 'alert' : undefined} data-readout={r.id}>
          <dt>{r.label}</dt>
          <dd>{r.value}</dd>
        </div>
      ))}
    </dl>
  );
}
