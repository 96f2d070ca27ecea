/** The two or three facts a figure states under its slider, in words (src/state/describe.ts keyFacts). */
import type { Readout } from '../state/describe';

export interface KeyFactsProps {
  items: Readout[];
}

export default function KeyFacts({ items }: KeyFactsProps) {
  return (
    <dl className="hipviz-facts">
      {items.map((r) => (
        <div key={r.id} className={r.alert ? 'alert' : undefined} data-fact={r.id}>
          <dt>{r.label}</dt>
          <dd>{r.value}</dd>
        </div>
      ))}
    </dl>
  );
}
