/** One line per deck and format as each finishes, and a summary at the end. */
export interface ExportStep {
  deck: string;
  format: string;
  count: number;
  unit: string;
  ms: number;
  file: string;
}

export const stepLine = (step: ExportStep) =>
  `  ${step.deck}  ${step.format.padEnd(4)} ${String(step.count).padStart(3)} ${step.unit.padEnd(6)} ${seconds(step.ms).padStart(7)}  ${step.file}`;

export function summaryLine(steps: ExportStep[], decks: number, ms: number): string {
  const files = steps.reduce((sum, step) => sum + (step.format === 'png' ? step.count : 1), 0);
  return `Exported ${decks} deck(s): ${files} file(s) in ${seconds(ms)}`;
}

export const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
