// The one error shape every route answers with (web/server/error-middleware.ts), described once and referred to by
// each operation, with the statuses the app uses.
const PROBLEM = {
  type: 'object',
  required: ['path', 'message'],
  properties: {
    path: {
      type: 'string',
      description: 'JSON pointer of the field (`/contact/mobile`), `?name` for a query parameter, empty for the whole request',
    },
    message: { type: 'string', description: "What is wrong with the field, in the caller's language" },
  },
  additionalProperties: false,
};

const ERROR = {
  type: 'object',
  required: ['error'],
  properties: {
    error: {
      type: 'object',
      required: ['code', 'message', 'details'],
      properties: {
        code: { type: 'string', description: 'Stable machine-readable code, e.g. `invalid_body`, `not_found`, `csrf`' },
        message: { type: 'string', description: "What to do, in the caller's language (`Accept-Language` or `?lang=`: zh-CN or en)" },
        details: { type: 'array', items: { $ref: '#/components/schemas/FieldProblem' } },
      },
      additionalProperties: false,
    },
  },
  additionalProperties: false,
};

/** The statuses an error answer may have, each with the codes it carries. */
export const ERROR_STATUSES = {
  400: {
    name: 'BadRequest',
    description:
      'A path segment or query parameter holds a control character (`control_character`, on any route); the body is not valid ' +
      'JSON or cannot be decoded (`bad_json`, `bad_request`, `too_deep`, `control_character`), or the route ' +
      'refuses it before reading its fields (`missing_credentials` at sign-in, `bad_submission_id`: a submissionId that is no UUID)',
  },
  401: {
    name: 'Unauthenticated',
    description: 'Sign in first (`unauthenticated`: no session, or it ended); at sign-in, a wrong username or password (`bad_credentials`)',
  },
  403: {
    name: 'Forbidden',
    description:
      'Your role may not do this (`forbidden`, its message naming the roles that may, where the route checks roles); the CSRF token is missing or stale (`csrf`, `details` saying which) or a page of ' +
      'another origin sent it (`foreign_origin`); or the password must be changed first (`password_change_required`)',
  },
  404: { name: 'NotFound', description: 'No such record, or not one you may see: the two are answered alike (`not_found`)' },
  409: { name: 'Conflict', description: 'The request clashes with the current state, e.g. a duplicate key or a decided task' },
  422: {
    name: 'Invalid',
    description:
      'Some fields need attention (`invalid_body`, or the route’s own code: `invalid_form`, `invalid_completion`, `bad_resident_id`, …); `details` names each field',
  },
  413: { name: 'TooLarge', description: 'The body is larger than the route takes (`too_large`)' },
  415: {
    name: 'UnsupportedMediaType',
    description: 'The body is not sent as `Content-Type: application/json` (`unsupported_media_type`)',
  },
  429: { name: 'TooManyRequests', description: 'Too many attempts: try again after the seconds `Retry-After` names (`too_many_attempts`)' },
  503: {
    name: 'Unavailable',
    description:
      'A moment’s outage: the database is busy or unreachable, or the workflow service is (`busy`, `database_unavailable`, ' +
      '`temporal_unavailable`). Send the same request again after the seconds `Retry-After` names; a submission sent again ' +
      'with its `submissionId` is filed once',
  },
} as const;

export type ErrorStatus = keyof typeof ERROR_STATUSES;

/** The `components` entries for errors: the shape under schemas, one response per status. */
export function errorComponents() {
  return {
    schemas: { Error: ERROR, FieldProblem: PROBLEM },
    responses: Object.fromEntries(
      Object.values(ERROR_STATUSES).map(({ name, description }) => [
        name,
        { description, content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } },
      ]),
    ),
  };
}

/** A reference to the shared response for `status`. */
export function errorResponse(status: ErrorStatus) {
  return { $ref: `#/components/responses/${ERROR_STATUSES[status].name}` };
}
