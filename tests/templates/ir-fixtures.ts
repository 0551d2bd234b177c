// IR documents as data files hold them, small and fixed so golden files do not move when data/ does.
// Figures loosely follow IIJ's FY2007 results; the seeds are real file names, the slides made up.

export const SEED = '000_9e66fd0b7d2bdcb7.txt';
export const source = (slide: string) => ({ seed: SEED, slide });

export const incomeStatement = {
  kind: 'income-statement',
  source: source('Consolidated Financial Results'),
  unit: 'JPY billion',
  decimals: 1,
  columns: [
    { id: 'FY07', at: 'FY2007', label: 'FY07' },
    { id: 'FY06', at: 'FY2006', label: 'FY06' },
  ],
  rows: [
    { metric: 'revenue', label: 'Total Revenues', values: { FY07: 66.8, FY06: 57.1 }, stated: [{ derived: 'yoy', at: 'FY2007', value: 17.1 }] },
    { metric: 'revenue.recurring', label: 'Recurring', values: { FY07: 47.3, FY06: 38.2 } },
    { metric: 'total-costs', label: 'Total Costs', values: { FY07: 52.9, FY06: 46.0 } },
    {
      metric: 'income-before-tax',
      label: 'Income before Tax',
      values: { FY07: { value: 4.4, text: '44', note: 'The text lost the decimal point.' }, FY06: 5.0 },
    },
    { metric: 'net-loss', label: 'Net Loss <b>', values: { FY07: -1.2, FY06: 0 } },
    { metric: 'eps', label: 'EPS', unit: 'JPY', values: { FY07: 25100, FY06: 23480 } },
  ],
};

export const balanceSheet = {
  kind: 'balance-sheet',
  source: source('Consolidated Balance Sheets'),
  unit: 'JPY million',
  columns: [
    { id: 'Mar08', at: '2008-03-31', label: 'March 31, 2008' },
    { id: 'Mar07', at: '2007-03-31', label: 'March 31, 2007' },
  ],
  rows: [
    { metric: 'cash', label: 'Cash', comment: 'Used cash to acquire shares', values: { Mar08: 11471, Mar07: 13555 } },
    { metric: 'inventories', label: 'Inventories', values: { Mar08: 1184, Mar07: 1111 } },
    {
      metric: 'accumulated-deficit',
      label: 'Accumulated Deficit',
      values: { Mar08: { value: -19555, text: '19,555', note: 'A deficit, in brackets elsewhere.' }, Mar07: -24271 },
    },
    { metric: 'total-assets', label: 'Total Assets', values: { Mar08: 55703, Mar07: 47693 } },
  ],
};

export const forecast = {
  kind: 'forecast',
  source: source('Forecast for FY2008'),
  unit: 'JPY billion',
  decimals: 1,
  columns: [
    { id: '1H08', at: '1H FY2008', basis: 'target', asOf: '2008-06', label: '1H08 Target' },
    { id: 'FY08', at: 'FY2008', basis: 'target', asOf: '2008-06', label: 'FY08 Target' },
    { id: 'FY07', at: 'FY2007', label: 'FY07 Actual' },
  ],
  rows: [
    { metric: 'revenue', label: 'Total Revenues', comment: 'Recurring revenues grow.', values: { '1H08': 34.5, FY08: 78.5, FY07: { value: 66.84, decimals: 2 } } },
    {
      metric: 'net-income',
      label: 'Net Income',
      values: { '1H08': 0.8, FY08: 5.2, FY07: { value: 5.18, decimals: 2, flag: 'unresolved', note: 'Kept as printed.' } },
    },
  ],
};

export const targetRevision = {
  kind: 'target-revision',
  source: source('Revised Target for Full FY2008'),
  asOf: '2009-02',
  revisions: [
    {
      metric: 'revenue',
      label: 'Revenues',
      period: 'FY2008',
      unit: 'JPY billion',
      previous: { value: 73, decimals: 1 },
      new: 69.3,
      reasons: ['Lower systems construction backlog.'],
      stated: [{ derived: 'change', at: 'FY2008', value: -3.7 }],
    },
    {
      metric: 'net-income',
      label: 'Net Income',
      period: 'FY2008',
      unit: 'JPY billion',
      previous: 2.8,
      new: 1.3,
      reasons: ['Lower income before tax.', 'Smaller deferred tax benefit.'],
    },
  ],
};

export const groupCompanies = {
  kind: 'group-companies',
  source: source('Reference: Group Companies'),
  asOf: '2008-03-31',
  companies: [
    { name: 'IIJ Technology Inc.', relation: 'consolidated-subsidiary', ownership: 100, business: 'Systems integration.' },
    { name: 'Net Care, Inc.', relation: 'consolidated-subsidiary', ownershipNote: 'Blank in the text.', business: 'Network operation.' },
    { name: 'Internet Multifeed Co.', relation: 'equity-method-investee', ownership: 31, business: 'IX services.' },
    {
      name: '株式会社トラストネットワークス',
      relation: 'consolidated-subsidiary',
      ownership: { value: 60.2, text: 'Main Business: 60.2%', note: 'Printed in the business column.' },
    },
  ],
};

export const pressReleases = {
  kind: 'press-releases',
  source: source('Reference: FY2007 Press Releases'),
  releases: [
    { date: '2007-04-02', quarter: '1Q FY2007', title: 'IIJ Group Opens New Ikebukuro Data Center' },
    { date: '2007-08-09', title: 'IIJ to Provide <HD> Content Delivery' },
    { date: '2008-02-06', title: 'IIJ and EMOBILE Agree to Start MVNO Service' },
    { title: 'An undated release' },
  ],
};

export const companyProfile = {
  kind: 'company-profile',
  source: source('Company Profile (as of March 2008)'),
  name: 'Internet Initiative Japan Inc.',
  asOf: '2008-03',
  established: '1992-12',
  employees: { consolidated: { value: 1373, unit: 'count' }, engineerShare: { value: 70, unit: '%' } },
  listings: [
    { market: 'NASDAQ', code: 'IIJI' },
    { market: 'TSE1', code: '3774' },
  ],
  shareholders: [
    { name: 'NTT', share: 24.5 },
    { name: 'Koichi Suzuki', share: 6.2 },
    { name: 'Itochu Corp.', share: 5.1 },
  ],
  website: 'http://www.iij.ad.jp/en/IR/',
};

export const forwardLooking = {
  kind: 'text',
  source: source('Forward-looking Statements'),
  title: 'Forward-looking Statements',
  role: 'forward-looking-statements',
  body: 'Statements made in this presentation are forward-looking.\n\nThey are subject to <risks>.',
};

export const contacts = {
  kind: 'contacts',
  source: source('Contact'),
  organisation: 'Internet Initiative Japan Inc.',
  department: 'IR Office',
  tel: '+81-3-5259-6500',
  url: 'http://www.iij.ad.jp/en/IR/',
  email: 'ir@iij.ad.jp',
  notes: ['The text spells the URL with a space.'],
};
