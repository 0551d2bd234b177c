import { change } from '../../finance/derived.ts';
import type { z } from 'zod';
import type { targetRevisionDocumentSchema } from '../../model/slides/ir-data.ts';
import { coarser } from './computed.ts';
import { showDerived, showFigure, type ShownFigure } from './shown.ts';

type RevisionDoc = z.output<typeof targetRevisionDocumentSchema>;

export interface RevisionRow {
  metric: string;
  label: string;
  period: string;
  unit: string;
  previous: ShownFigure;
  revised: ShownFigure;
  /** New less previous target, computed. */
  change: ShownFigure;
  reasons: string[];
}

/** Each revised target with its change computed from the previous and new targets. */
export function revisionRows(doc: RevisionDoc): RevisionRow[] {
  return doc.revisions.map((r) => {
    const stated = r.stated?.find((s) => s.derived === 'change');
    const sameUnit = (r.previous.unit ?? r.unit) === (r.new.unit ?? r.unit);
    return {
      metric: r.metric,
      label: r.label,
      period: r.period,
      unit: r.unit,
      previous: showFigure(r.previous, r.unit, doc.source),
      revised: showFigure(r.new, r.unit, doc.source),
      change: showDerived(
        sameUnit ? change(r.new.value, r.previous.value) : null,
        r.unit,
        doc.source,
        `new target less previous target${sameUnit ? '' : ': the units differ'}`,
        coarser(r.previous.decimals, r.new.decimals),
        stated,
      ),
      reasons: r.reasons,
    };
  });
}
