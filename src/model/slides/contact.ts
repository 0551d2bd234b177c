import { z } from 'zod';
import type { TemplateSchema } from '../slide.ts';
import { contactsDocumentSchema } from './ir-data.ts';

const options = z.strictObject({}).prefault({}).describe('The contact slide takes no options.');

export const contact = {
  description: 'IR contact: organisation, department, address, telephone, fax, web and e-mail.',
  data: contactsDocumentSchema,
  options,
} satisfies TemplateSchema;
