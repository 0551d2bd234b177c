import { describe, expect, it } from 'vitest';
import { waterfallGeometry, waterfallLevels, type WaterfallStep } from '../../src/charts/waterfall.ts';

const size = { width: 400, height: 200, margin: { top: 0, right: 0, bottom: 0, left: 0 } };

describe('waterfallLevels', () => {
  it.each<[string, WaterfallStep[], [number, number, number][]]>([
    [
      'a start, two changes and the computed end',
      [
        { label: 'FY06', kind: 'start', value: 100 },
        { label: 'Up', kind: 'delta', value: 30 },
        { label: 'Down', kind: 'delta', value: -50 },
        { label: 'FY07', kind: 'end' },
      ],
      [[100, 0, 100], [30, 100, 130], [-50, 130, 80], [80, 0, 80]],
    ],
    [
      'a subtotal part-way, and an end that ignores a typed value',
      [
        { label: 'A', kind: 'start', value: 10 },
        { label: 'B', kind: 'delta', value: 5 },
        { label: 'Sub', kind: 'subtotal' },
        { label: 'C', kind: 'delta', value: -20 },
        { label: 'End', kind: 'end', value: 999 },
      ],
      [[10, 0, 10], [5, 10, 15], [15, 0, 15], [-20, 15, -5], [-5, 0, -5]],
    ],
    [
      'a missing or non-finite value as 0, never NaN',
      [
        { label: 'A', kind: 'start', value: null },
        { label: 'B', kind: 'delta', value: Number.NaN },
        { label: 'C', kind: 'delta' },
        { label: 'End', kind: 'end' },
      ],
      [[0, 0, 0], [0, 0, 0], [0, 0, 0], [0, 0, 0]],
    ],
    ['no steps', [], []],
  ])('waterfallLevels(%s) gives [value, from, to] per step', (_, steps, expected) => {
    expect(waterfallLevels(steps).map((l) => [l.value, l.from, l.to])).toEqual(expected);
  });
});

describe('waterfallGeometry', () => {
  const steps: WaterfallStep[] = [
    { label: 'FY06', kind: 'start', value: 100 },
    { label: 'Up', kind: 'delta', value: 100 },
    { label: 'Down', kind: 'delta', value: -50 },
    { label: 'FY07', kind: 'end' },
  ];

  it('waterfallGeometry floats changes on the running total and draws totals from zero', () => {
    const { bars } = waterfallGeometry(steps, size, { padding: 0 });
    expect(bars.map(({ x, y, width, height }) => ({ x, y, width, height }))).toEqual([
      { x: 0, y: 100, width: 100, height: 100 },
      { x: 100, y: 0, width: 100, height: 100 },
      { x: 200, y: 0, width: 100, height: 50 },
      { x: 300, y: 50, width: 100, height: 150 },
    ]);
    expect(bars.map((b) => b.direction)).toEqual(['total', 'increase', 'decrease', 'total']);
  });

  it('waterfallGeometry puts labels above increases and totals, below decreases', () => {
    const { bars } = waterfallGeometry(steps, size, { padding: 0 });
    expect(bars.map((b) => b.label)).toEqual([
      { x: 50, y: 92, placement: 'above' },
      { x: 150, y: -8, placement: 'above' },
      { x: 250, y: 58, placement: 'below' },
      { x: 350, y: 42, placement: 'above' },
    ]);
  });

  it('waterfallGeometry connects each bar’s closing level to the next bar', () => {
    const { connectors } = waterfallGeometry(steps, size, { padding: 0 });
    expect(connectors).toEqual([
      { x1: 100, x2: 100, y: 100 },
      { x1: 200, x2: 200, y: 0 },
      { x1: 300, x2: 300, y: 50 },
    ]);
  });

  it('waterfallGeometry draws no connector into a new start', () => {
    const restart: WaterfallStep[] = [...steps, { label: 'FY08', kind: 'start', value: 10 }];
    expect(waterfallGeometry(restart, size).connectors).toHaveLength(3);
  });

  it('waterfallGeometry hangs a negative total below the zero line', () => {
    const loss: WaterfallStep[] = [
      { label: 'A', kind: 'start', value: 50 },
      { label: 'B', kind: 'delta', value: -150 },
      { label: 'End', kind: 'end' },
    ];
    const { bars, scales } = waterfallGeometry(loss, size);
    const zero = scales!.y(0);
    expect(bars[2]!.y).toBe(zero);
    expect(bars[2]!.label.placement).toBe('below');
  });

  it.each([
    ['no steps', [], size],
    ['no room', steps, { width: 10, height: 10 }],
  ])('waterfallGeometry with %s draws nothing', (_, input, s) => {
    expect(waterfallGeometry(input as WaterfallStep[], s)).toEqual({ scales: null, bars: [], connectors: [] });
  });
});
