/** The named views of the figure, as a row of toggle buttons on the picture (short names, so five fit a phone). */
import type { ViewName } from '../state/figureState';

export interface ViewButtonsProps {
  view: ViewName;
  onChange: (view: ViewName) => void;
}

const LABELS: Record<ViewName, string> = {
  side: 'Side',
  front: 'Front',
  socket: 'Socket',
  body: 'Body',
  joint: 'Joint',
};

export default function ViewButtons({ view, onChange }: ViewButtonsProps) {
  return (
    <div className="hipviz-toolbar hipviz-views" role="group" aria-label="View">
      {(Object.keys(LABELS) as ViewName[]).map((name) => (
        <button
          key={name}
          type="button"
          aria-pressed={view === name}
          onClick={() => onChange(name)}
        >
          {LABELS[name]}
        </button>
      ))}
    </div>
  );
}
