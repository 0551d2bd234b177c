import { z } from 'zod';
import { companyProfileSchema } from './company-profile.ts';
import {
  balanceSheetSchema,
  cashFlowSchema,
  forecastSchema,
  incomeStatementSchema,
  quarterlySeriesSchema,
  segmentResultsSchema,
} from './table.ts';
import { statementsSchema } from './statements.ts';
import { targetRevisionSchema } from './target-revision.ts';
import { highlightsSchema } from './highlights.ts';
import { groupCompaniesSchema } from './group-companies.ts';
import { pressReleasesSchema } from './press-releases.ts';
import { contactsSchema } from './contacts.ts';
import { textSchema } from './text.ts';
import { slideInventorySchema } from './slide-inventory.ts';

/** Every data file in data/<company>/ is one of these, chosen by its `kind:`. */
export const irDocumentSchema = z
  .discriminatedUnion('kind', [
    companyProfileSchema,
    incomeStatementSchema,
    balanceSheetSchema,
    cashFlowSchema,
    quarterlySeriesSchema,
    segmentResultsSchema,
    forecastSchema,
    targetRevisionSchema,
    statementsSchema,
    highlightsSchema,
    groupCompaniesSchema,
    pressReleasesSchema,
    contactsSchema,
    textSchema,
    slideInventorySchema,
  ])
  .describe('IR data document');

export type IrDocument = z.infer<typeof irDocumentSchema>;
export type IrKind = IrDocument['kind'];
export type TableDocument = Extract<
  IrDocument,
  { kind: 'income-statement' | 'balance-sheet' | 'cash-flow' | 'quarterly-series' | 'segment-results' | 'forecast' }
>;

export { sourceSchema, type Source } from './source.ts';
export { figureSchema, unitSchema, type Figure, type Unit } from './figure.ts';
export { statedSchema, type Stated } from './stated.ts';
export { factSchema, type Fact } from './statements.ts';
export { CANONICAL_PERIOD, fiscalQuarterOf } from './keys.ts';
