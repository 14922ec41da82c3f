// JSON Schemas of organisation records, shared by the API routes and the CSV import.
import type { RJSFSchema } from '@rjsf/utils';
import { ENTERPRISE_TYPES, PROJECT_STATUSES } from '#core/org/org-types';
import { RECORD_ID } from '../query-formats';

const text = (max: number, min = 1) => ({ type: 'string', minLength: min, maxLength: max }) as const;

/** Contact fields an enterprise may keep up to date itself. */
export const ENTERPRISE_CONTACT_PROPERTIES = {
  address: text(300, 0),
  liaisonName: text(100, 0),
  liaisonMobile: {
    anyOf: [
      { type: 'string', format: 'mobile-cn' },
      { type: 'string', maxLength: 0 },
    ],
  },
  liaisonEmail: {
    anyOf: [
      { type: 'string', format: 'email', maxLength: 200 },
      { type: 'string', maxLength: 0 },
    ],
  },
} satisfies Record<string, RJSFSchema>;

/** Every enterprise field. */
export const ENTERPRISE_PROPERTIES = {
  name: text(200, 2),
  creditCode: { type: 'string', format: 'credit-code' },
  type: { type: 'string', enum: [...ENTERPRISE_TYPES] },
  focus: { type: 'boolean' },
  ...ENTERPRISE_CONTACT_PROPERTIES,
} satisfies Record<string, RJSFSchema>;

/** A new enterprise. */
export const ENTERPRISE_CREATE: RJSFSchema = {
  type: 'object',
  required: ['name', 'creditCode', 'type'],
  properties: ENTERPRISE_PROPERTIES,
  additionalProperties: false,
};

/** An admin's change to an enterprise. */
export const ENTERPRISE_PATCH: RJSFSchema = {
  type: 'object',
  properties: ENTERPRISE_PROPERTIES,
  additionalProperties: false,
  minProperties: 1,
};

/** An enterprise's change to its own contact details. */
export const ENTERPRISE_SELF_PATCH: RJSFSchema = {
  type: 'object',
  properties: ENTERPRISE_CONTACT_PROPERTIES,
  additionalProperties: false,
  minProperties: 1,
};

/** Every project field. */
export const PROJECT_PROPERTIES = {
  enterpriseId: RECORD_ID,
  name: text(200, 2),
  site: text(300, 0),
  status: { type: 'string', enum: [...PROJECT_STATUSES] },
  major: { type: 'boolean' },
} satisfies Record<string, RJSFSchema>;

/** A new project. */
export const PROJECT_CREATE: RJSFSchema = {
  type: 'object',
  required: ['enterpriseId', 'name', 'status'],
  properties: PROJECT_PROPERTIES,
  additionalProperties: false,
};

/** A change to a project (an enterprise may not move it to another enterprise). */
export const PROJECT_PATCH: RJSFSchema = {
  type: 'object',
  properties: {
    name: PROJECT_PROPERTIES.name,
    site: PROJECT_PROPERTIES.site,
    status: PROJECT_PROPERTIES.status,
    major: PROJECT_PROPERTIES.major,
  },
  additionalProperties: false,
  minProperties: 1,
};
