// The hostile-input drill's cases: any API route (discovered at run time) with hostile parameters, query, body,
// content type and CSRF token as any role, or any shipped form's submission with schema-aware and hostile data.
import fc from 'fast-check';
import type { FormDefinition } from '#forms/form-definition';
import { formData } from './form-data-arbitrary';
import { encodePart, hostileBody, hostileQuery, hostileString, pathValue, type HostileBody } from './hostile-values';

/** One request the fuzzer sends. */
export interface HostileRequest {
  /** What it exercises, for the report: `METHOD /route` or `form KEY`. */
  target: string;
  role: string;
  method: string;
  path: string;
  csrf: 'valid' | 'wrong' | 'missing';
  body: HostileBody | null;
  locale: string;
}

/** What the case generator knows about the running system. */
export interface CaseWorld {
  /** `METHOD /path` as listRoutes prints them. */
  routes: string[];
  roles: string[];
  forms: FormDefinition[];
  /** Real values for route parameters by name (`id`, `key`, `name`, …), plus `any` for every name. */
  known: Record<string, string[]>;
}

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'HEAD'];
const SUFFIXES = ['', '', '', '', '/', '/x', '/%2e%2e', '//', '/.json'];
const LOCALES = ['zh-CN', 'en', 'fr', '*', '', 'zh-CN;q=0.1, en;q=0.9'];

function routeCase(world: CaseWorld): fc.Arbitrary<HostileRequest> {
  return fc.constantFrom(...world.routes).chain((route) => {
    const [method, pattern] = route.split(' ') as [string, string];
    const names = [...pattern.matchAll(/:(\w+)/g)].map((m) => m[1]!);
    return fc
      .record({
        params: fc.tuple(...names.map((name) => pathValue([...(world.known[name] ?? []), ...(world.known.any ?? [])]))),
        suffix: pattern.startsWith('/api') ? fc.constantFrom(...SUFFIXES) : fc.constant(''),
        query: hostileQuery,
        method: fc.oneof({ weight: 9, arbitrary: fc.constant(method) }, { weight: 1, arbitrary: fc.constantFrom(...METHODS) }),
        role: fc.constantFrom(...world.roles),
        csrf: fc.constantFrom('valid', 'valid', 'valid', 'valid', 'wrong', 'missing') as fc.Arbitrary<HostileRequest['csrf']>,
        body: fc.option(hostileBody, { freq: 6 }),
        locale: fc.constantFrom(...LOCALES),
      })
      .map(({ params, suffix, query, ...rest }) => {
        let i = 0;
        const path = pattern.replace(/:(\w+)/g, () => params[i++]!) + suffix + query;
        return { target: route, path, ...rest, body: rest.method === 'GET' || rest.method === 'HEAD' ? null : rest.body };
      });
  });
}

function formCase(world: CaseWorld): fc.Arbitrary<HostileRequest> {
  return fc.constantFrom(...world.forms).chain((form) =>
    fc
      .record({
        data: formData(form.schema as Record<string, unknown>),
        submissionId: fc.oneof(
          { weight: 8, arbitrary: fc.uuid().map(String) },
          { weight: 1, arbitrary: hostileString },
          { weight: 1, arbitrary: fc.anything() },
        ),
        role: fc.oneof(
          { weight: 4, arbitrary: fc.constantFrom(...form.audience) },
          { weight: 1, arbitrary: fc.constantFrom(...world.roles) },
        ),
        csrf: fc.constantFrom('valid', 'valid', 'valid', 'valid', 'valid', 'wrong') as fc.Arbitrary<HostileRequest['csrf']>,
        locale: fc.constantFrom('zh-CN', 'en'),
        key: fc.oneof(
          { weight: 9, arbitrary: fc.constant(form.key) },
          { weight: 1, arbitrary: hostileString.map((s) => encodePart(s.slice(0, 2_000))) },
        ),
      })
      .map(({ data, submissionId, key, ...rest }) => ({
        target: `form ${form.key}`,
        method: 'POST',
        path: `/api/forms/${key}/submissions`,
        body: { contentType: 'application/json', body: JSON.stringify({ submissionId, data }) ?? '{}', label: 'form data' },
        ...rest,
      })),
  );
}

/** Route cases and form cases, about two to one. */
export function hostileCase(world: CaseWorld): fc.Arbitrary<HostileRequest> {
  return fc.oneof({ weight: 2, arbitrary: routeCase(world) }, { weight: 1, arbitrary: formCase(world) });
}
