import { z } from 'zod';
import { companyProfileSchema } from '../ir/company-profile.ts';
import { contactsSchema } from '../ir/contacts.ts';
import { groupCompaniesSchema } from '../ir/group-companies.ts';
import { pressReleasesSchema } from '../ir/press-releases.ts';
import {
  balanceSheetSchema,
  cashFlowSchema,
  forecastSchema,
  incomeStatementSchema,
  quarterlySeriesSchema,
  segmentResultsSchema,
} from '../ir/table.ts';
import { targetRevisionSchema } from '../ir/target-revision.ts';
import { textSchema } from '../ir/text.ts';
import { documented } from './documented.ts';

// The IR documents as slide data: the same schemas the data files are checked against, with the
// descriptions an editor shows to someone writing a slide's data inline.

const KIND = 'Document kind; set by the data file, e.g. income-statement.';

const tableDocs = {
  kind: KIND,
  columns: 'The columns: each a period or date with an id the rows’ values use.',
  rows: 'The line items, top to bottom, each with a metric id and one figure per column id.',
};

/** Any table of figures: income statement, balance sheet, cash flows, quarterly series, segments, forecast. */
export const tableDocumentSchema = z
  .discriminatedUnion(
    'kind',
    [
      documented(incomeStatementSchema, tableDocs),
      documented(balanceSheetSchema, tableDocs),
      documented(cashFlowSchema, tableDocs),
      documented(quarterlySeriesSchema, tableDocs),
      documented(segmentResultsSchema, tableDocs),
      documented(forecastSchema, tableDocs),
    ],
    {
      error:
        'expected a table document: kind income-statement, balance-sheet, cash-flow, quarterly-series, segment-results or forecast',
    },
  )
  .describe('A table document from data/, e.g. data: iij/2008-06-income-statement.yaml');

export type TableData = z.output<typeof tableDocumentSchema>;

export const forecastDocumentSchema = documented(forecastSchema, tableDocs);

export const targetRevisionDocumentSchema = documented(targetRevisionSchema, {
  kind: KIND,
  revisions: 'The revised targets, one per metric and period.',
  'revisions[].label': 'Row label as the seed prints it, e.g. "Total Revenues".',
});

export const groupCompaniesDocumentSchema = documented(groupCompaniesSchema, {
  kind: KIND,
  companies: 'The group companies in the order the seed lists them.',
  'companies[].name': 'Company name as printed (Japanese names are fine).',
  'companies[].relation': 'consolidated-subsidiary or equity-method-investee.',
  'companies[].note': 'Why the entry reads as it does (a corrected name, a blank cell).',
});

export const pressReleasesDocumentSchema = documented(pressReleasesSchema, {
  kind: KIND,
  releases: 'The press releases, oldest first.',
  'releases[].title': 'Headline as printed.',
  'releases[].note': 'Why the entry reads as it does.',
});

export const companyProfileDocumentSchema = documented(companyProfileSchema, {
  kind: KIND,
  name: 'Company name.',
  established: 'Month the company was established, YYYY-MM.',
  employees: 'Head count.',
  'employees.note': 'Remark on the head count, e.g. what it includes.',
  listings: 'Stock listings.',
  'listings[].market': 'Market, e.g. NASDAQ or TSE1.',
  'listings[].code': 'Ticker or securities code.',
  'shareholders[].name': 'Shareholder name.',
  website: 'Investor-relations web address.',
});

export const contactsDocumentSchema = documented(contactsSchema, {
  kind: KIND,
  organisation: 'Company or organisation name.',
  department: 'Department, e.g. Investor Relations.',
  address: 'Postal address.',
  tel: 'Telephone number as printed.',
  fax: 'Fax number as printed.',
  url: 'Web address.',
  email: 'E-mail address.',
});

export const textDocumentSchema = documented(textSchema, {
  kind: KIND,
  title: 'Heading of the text, e.g. Forward-looking Statements.',
  body: 'The text; blank lines separate paragraphs.',
});
