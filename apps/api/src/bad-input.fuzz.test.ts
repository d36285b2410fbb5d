import {
  type AuditAction,
  ChangePasswordBodySchema,
  CreateDirectiveUpdateBodySchema,
  CreateInspectionBodySchema,
  CreateUnitBodySchema,
  CreateUserBodySchema,
  DashboardSummaryQuerySchema,
  DecideExtensionBodySchema,
  DossierStatsMappingSchema,
  ErrorResponseSchema,
  EvidenceParamsSchema,
  ExportInspectionsQuerySchema,
  ExtensionParamsSchema,
  IdParamsSchema,
  InspectionSchema,
  ListAuditEventsQuerySchema,
  ListDirectivesQuerySchema,
  ListInspectionsQuerySchema,
  ListNotificationsQuerySchema,
  ListUnitsQuerySchema,
  ListUsersQuerySchema,
  LoginBodySchema,
  OnTimeRatesQuerySchema,
  ReportTextImportBodySchema,
  RequestExtensionBodySchema,
  ResetPasswordBodySchema,
  ReviewDirectiveBodySchema,
  TaskCompletionQuerySchema,
  TrendsQuerySchema,
  UpdateInspectionBodySchema,
  UpdateUnitBodySchema,
  UpdateUserBodySchema,
} from '@partrack/contracts';
import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { executeRows } from './db/database';
import { createDirectivesRepository } from './modules/directives/directives.repository';
import { createInspectionsRepository } from './modules/inspections/inspections.repository';
import { createUnitsRepository } from './modules/units/units.repository';
import { createUsersRepository } from './modules/users/users.repository';
import { authHeaders } from './testing/auth';
import { useTestApp } from './testing/test-app';

/**
 * Issue 9, "bad input": every write route (and every GET route's query and path) is sent invalid and
 * edge inputs generated from its contract. Whatever comes in, the answer is never a 5xx; an input the
 * contract refuses gets a 4xx; every 4xx has the error shape and no stack, SQL or driver text; and a
 * refused request leaves the database as it was. `FUZZ_RUNS` sets the runs per route (100 by default;
 * `pnpm test:fuzz` runs more).
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 100);
const MS_PER_RUN = 400;

const context = useTestApp({ demoData: true });

// ---------------------------------------------------------------------------------------------------
// Hostile values

/** JSON text sent as it is, for what `JSON.stringify` cannot write: -0, overflow, deep nesting. */
class RawJson {
  constructor(readonly text: string) {}
}

const DEPTH = 10_000;
const SQL_FRAGMENTS = [
  "'; DROP TABLE inspections; --",
  '1 OR 1=1',
  "' OR '1'='1",
  '1; SELECT pg_sleep(5)',
  "') UNION SELECT password_hash FROM users --",
  '\\',
  '%_%',
  '$1',
];
const SCRIPT_FRAGMENTS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '"><svg onload=alert(1)>',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template-injection probe, meant literally.
  '{{7*7}}${7*7}',
];
const UNICODE_STRINGS = [
  '𝕳𝖊𝖑𝖑𝖔 😀👨‍👩‍👧',
  'e\u0301\u0301\u0301 Z̷̧̛a̸l̵g̶o',
  '\u202Eevil\u202C مرحبا שלום',
  '\ufeff\u200b\u2028\u2029',
  '\ud800',
  'a\udfffb',
  'a\u0000b',
  '\u0001\u001f\u007f',
  '   ',
  '',
  '\r\n\t',
];
const IMPOSSIBLE_DATES = [
  '2025-02-30',
  '2025-13-01',
  '0000-00-00',
  '2023-02-29',
  '2025-1-1',
  '2025-01-01T00:00:00Z',
  '+275760-09-13',
  '9999-12-31',
  '0001-01-01',
  '01/02/2025',
];
const NOT_UUIDS = [
  'not-a-uuid',
  '00000000-0000-0000-0000-00000000000',
  '{00000000-0000-4000-8000-000000000000}',
  '00000000-0000-4000-8000-000000000000 ',
  '..',
  '1',
  '-1',
];
const NUMBER_TOKENS = ['1e308', '-1e308', '1e309', '-0', '1e-400', '123456789012345678901234567890', '1.5', '-1', '0'];
const NUMBER_STRINGS = ['NaN', 'Infinity', '-0', '1e308', '0x10', '１２', ''];
const HUGE_STRINGS = ['x'.repeat(1_000_000), 'ễ'.repeat(200_000), '𝕳'.repeat(5_000)];
const EXTRA_KEYS = ['id', 'createdAt', 'passwordHash', 'isAdmin', '__proto__', 'constructor', 'SELECT', '$where'];

/** Every fragment the API may echo back (an unknown key, a file name, a path): not a leak when it does. */
const ECHOABLE = [...SQL_FRAGMENTS, ...SCRIPT_FRAGMENTS, ...EXTRA_KEYS];

const hostileString = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.constantFrom(
      ...SQL_FRAGMENTS,
      ...SCRIPT_FRAGMENTS,
      ...UNICODE_STRINGS,
      ...IMPOSSIBLE_DATES,
      ...NUMBER_STRINGS,
    ),
  },
  { weight: 1, arbitrary: fc.constantFrom(...HUGE_STRINGS) },
  // Any UTF-16 code units, lone surrogates and NUL included.
  { weight: 3, arbitrary: fc.string({ unit: fc.nat(0xffff).map((code) => String.fromCharCode(code)), maxLength: 40 }) },
);
const deepNesting = fc.constantFrom(
  new RawJson(`${'['.repeat(DEPTH)}${']'.repeat(DEPTH)}`),
  new RawJson(`${'{"a":'.repeat(DEPTH)}1${'}'.repeat(DEPTH)}`),
);
const wrongType = fc.constantFrom<unknown>(null, true, false, 0, 1, -1, [], {}, [null], { value: 1 });
const anyHostile = fc.oneof(hostileString, wrongType, deepNesting, fc.constantFrom(...NUMBER_TOKENS.map(raw)));

function raw(text: string): RawJson {
  return new RawJson(text);
}

/**
 * JSON text of a value that may hold RawJson parts. An array is read by index (`Array.from`, not its
 * own `map`): a mutation may have given it an own `constructor` key, which `map` would try to call.
 */
function toJsonText(value: unknown): string {
  if (value instanceof RawJson) return value.text;
  if (Array.isArray(value)) return `[${Array.from(value, toJsonText).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const members = Object.entries(value).map(([key, child]) => `${JSON.stringify(key)}:${toJsonText(child)}`);
    return `{${members.join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

// ---------------------------------------------------------------------------------------------------
// Fields of a contract

type Path = (string | number)[];
type Leaf = { path: Path; schema: z.ZodType };
type Def = { type: string; innerType?: z.ZodType; in?: z.ZodType; element?: z.ZodType };

const defOf = (schema: z.ZodType) => schema.def as unknown as Def;

function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  for (;;) {
    const def = defOf(current);
    if (def.innerType) current = def.innerType;
    else if (def.type === 'pipe' && def.in) current = def.in;
    else return current;
  }
}

/** Every field of a contract that the valid example fills in, nested ones included (`figures[0].value`). */
function fieldsOf(schema: z.ZodType, example: unknown, path: Path = []): Leaf[] {
  const inner = unwrap(schema);
  const def = defOf(inner);
  if (def.type === 'object') {
    const shape = (inner as unknown as { shape: Record<string, z.ZodType> }).shape;
    return Object.entries(shape).flatMap(([key, child]) => [
      { path: [...path, key], schema: child },
      ...fieldsOf(child, (example as Record<string, unknown> | undefined)?.[key], [...path, key]),
    ]);
  }
  if (def.type === 'array' && def.element && Array.isArray(example) && example.length > 0) {
    return [{ path: [...path, 0], schema: def.element }, ...fieldsOf(def.element, example[0], [...path, 0])];
  }
  return [];
}

/** Values aimed at a field's type (dates at a date, numbers at a number), then anything hostile. */
function valuesFor(schema: z.ZodType): fc.Arbitrary<unknown> {
  const inner = unwrap(schema);
  const { type } = defOf(inner);
  const format = (inner as unknown as { format?: string }).format;
  const aimed =
    format === 'uuid'
      ? fc.constantFrom<unknown>(...NOT_UUIDS, '00000000-0000-4000-8000-000000000000')
      : format === 'date'
        ? fc.constantFrom<unknown>(...IMPOSSIBLE_DATES)
        : type === 'number'
          ? fc.oneof(fc.constantFrom(...NUMBER_TOKENS.map(raw)), fc.constantFrom<unknown>(...NUMBER_STRINGS))
          : type === 'enum'
            ? fc.constantFrom<unknown>(
                ...(inner as unknown as { options: string[] }).options.flatMap((option) => [
                  option.toUpperCase(),
                  ` ${option}`,
                  `${option}\u0000`,
                ]),
              )
            : hostileString;
  return fc.oneof(aimed, anyHostile);
}

type Mutation =
  | { op: 'set'; path: Path; value: unknown }
  | { op: 'remove'; path: Path }
  | { op: 'extra'; path: Path; key: string; value: unknown }
  | { op: 'replace'; value: unknown };

function mutationsOf(schema: z.ZodType, example: unknown): fc.Arbitrary<Mutation[]> {
  const leaves = fieldsOf(schema, example);
  const objects: Path[] = [
    [],
    ...leaves.filter((leaf) => defOf(unwrap(leaf.schema)).type === 'object').map((l) => l.path),
  ];
  const mutation: fc.Arbitrary<Mutation> = fc.oneof(
    {
      weight: 6,
      arbitrary: fc
        .constantFrom(...leaves)
        .chain((leaf) => valuesFor(leaf.schema).map((value) => ({ op: 'set' as const, path: leaf.path, value }))),
    },
    { weight: 1, arbitrary: fc.constantFrom(...leaves).map((leaf) => ({ op: 'remove' as const, path: leaf.path })) },
    {
      weight: 1,
      arbitrary: fc.record({
        op: fc.constant('extra' as const),
        path: fc.constantFrom(...objects),
        key: fc.oneof(fc.constantFrom(...EXTRA_KEYS), fc.string({ maxLength: 10 })),
        value: anyHostile,
      }),
    },
    { weight: 1, arbitrary: anyHostile.map((value) => ({ op: 'replace' as const, value })) },
  );
  return fc.array(mutation, { minLength: 1, maxLength: 3 });
}

/**
 * A generated value as a fresh copy: the arbitraries hand out shared instances (`{}`, `[null]`), and a
 * later mutation of the same case writes into what it put in, which must not reach other cases (one
 * such write once made `{}` hold itself).
 */
function fresh(value: unknown): unknown {
  return value instanceof RawJson ? value : structuredClone(value);
}

function applyMutations(example: unknown, mutations: Mutation[]): unknown {
  let body = structuredClone(example);
  for (const mutation of mutations) {
    if (mutation.op === 'replace') {
      body = fresh(mutation.value);
      continue;
    }
    const path = mutation.op === 'extra' ? [...mutation.path, mutation.key] : mutation.path;
    const parent = path
      .slice(0, -1)
      .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key as string], body);
    if (parent === null || typeof parent !== 'object' || parent instanceof RawJson) continue;
    const key = path[path.length - 1] as string;
    if (mutation.op === 'remove') delete (parent as Record<string, unknown>)[key];
    else
      Object.defineProperty(parent, key, {
        value: fresh(mutation.value),
        enumerable: true,
        writable: true,
        configurable: true,
      });
  }
  return body;
}

// ---------------------------------------------------------------------------------------------------
// Requests, their oracle and the checks

/** What the contract says of a generated request: it must be refused, or it may pass (then never a 5xx). */
type Expectation = 'refused' | 'any';
type FuzzCase = { label: string; request: InjectOptions; expect: Expectation };

type Ids = {
  unitId: string;
  editedUnitId: string;
  userId: string;
  inspectionId: string;
  directiveId: string;
  extensionId: string;
  fileId: string;
};
type Target = {
  /** Cases for this route, from its contract and the objects it acts on. */
  cases: (ids: Ids) => fc.Arbitrary<FuzzCase>;
  /** Audit actions a refusal is meant to record (a failed sign-in is itself evidence). */
  auditedRefusals?: AuditAction[];
  /** The route never writes, whatever it answers (previews, reads). */
  isReadOnly?: boolean;
  /** Run before each case: what the request needs to be current (an ETag). */
  prepare?: () => Promise<void>;
};

const MALFORMED_JSON = ['', '{', '{"a":', "{'a':1}", '{"a":1,}', '[1,2', 'undefined', 'NaN', '{"a":1}}', '\u0000'];
const WRONG_CONTENT_TYPES = [
  'text/plain',
  'application/x-www-form-urlencoded',
  'application/xml',
  'multipart/form-data; boundary=partrack-fuzz',
  'application/merge-patch+json',
  'application/jsonx',
  'text/json',
];

function contractRefuses(schema: z.ZodType, value: unknown): boolean {
  return !schema.safeParse(value).success;
}

/** A request whose params are replaced, one at a time, by hostile strings. */
function paramCases(
  method: string,
  route: string,
  paramsSchema: z.ZodType,
  ids: Ids,
  extra: Partial<InjectOptions> = {},
): fc.Arbitrary<FuzzCase> {
  const names = [...route.matchAll(/:(\w+)/g)].map((match) => match[1] as string);
  const valid = Object.fromEntries(names.map((name) => [name, idForParam(name, ids)]));
  return fc
    .record({
      name: fc.constantFrom(...names),
      // An empty segment is another route (`/units/` is the list), not a bad parameter.
      value: fc.oneof(fc.constantFrom(...NOT_UUIDS), hostileString).filter((value) => value !== ''),
    })
    .map(({ name, value }) => {
      const params = { ...valid, [name]: value };
      const url = route.replace(/:(\w+)/g, (_match, key: string) => encodePathSegment(params[key] ?? ''));
      return {
        label: `param ${name}=${JSON.stringify(value.slice(0, 60))}`,
        request: { method: method as InjectOptions['method'], url, ...extra },
        expect: contractRefuses(paramsSchema, params) ? 'refused' : 'any',
      };
    });
}

function idForParam(name: string, ids: Ids): string {
  if (name === 'extensionId') return ids.extensionId;
  if (name === 'fileId') return ids.fileId;
  return ids.inspectionId;
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Percent-encodes a path segment; a lone surrogate (which encodeURIComponent refuses) goes as U+FFFD. */
function encodePathSegment(value: string): string {
  return encodeURIComponent(value.replace(LONE_SURROGATE, '\ufffd'));
}

/** A JSON-body route: its contract's valid example mutated, malformed JSON, wrong content types, bad params. */
function jsonRoute(options: {
  method: 'POST' | 'PATCH';
  route: string;
  body: z.ZodType;
  example: (ids: Ids) => unknown;
  params?: z.ZodType;
  headers?: (ids: Ids) => Record<string, string>;
  urlIds?: (ids: Ids) => Record<string, string>;
}): Target['cases'] {
  return (ids) => {
    const example = options.example(ids);
    const urlIds = options.urlIds?.(ids) ?? { id: ids.inspectionId };
    const url = options.route.replace(/:(\w+)/g, (_match, key: string) => urlIds[key] ?? '');
    const headers = options.headers?.(ids) ?? {};
    const json = (payload: string, contentType = 'application/json') => ({
      method: options.method,
      url,
      headers: { ...headers, 'content-type': contentType },
      payload,
    });
    const bodyCases = mutationsOf(options.body, example).map((mutations) => {
      const payload = toJsonText(applyMutations(example, mutations));
      const tooLarge = Buffer.byteLength(payload) > context().app.config.bodyLimitBytes;
      return {
        label: `body ${mutations.map((m) => `${m.op} ${'path' in m ? m.path.join('.') : ''}`).join('; ')}`,
        request: json(payload),
        expect: tooLarge || contractRefuses(options.body, JSON.parse(payload)) ? 'refused' : 'any',
      } satisfies FuzzCase;
    });
    const exampleText = JSON.stringify(example);
    const transportCases = fc.oneof(
      fc.constantFrom(...MALFORMED_JSON).map((payload) => ({
        label: `malformed JSON ${JSON.stringify(payload)}`,
        request: json(payload),
        expect: 'refused' as const,
      })),
      fc.nat(exampleText.length - 1).map((length) => ({
        label: `JSON cut at ${length}`,
        request: json(exampleText.slice(0, length)),
        expect: 'refused' as const,
      })),
      fc.constantFrom(...WRONG_CONTENT_TYPES).map((contentType) => ({
        label: `content type ${contentType}`,
        request: json(exampleText, contentType),
        expect: 'refused' as const,
      })),
    );
    const arbitraries = [
      { weight: 8, arbitrary: bodyCases },
      { weight: 2, arbitrary: transportCases },
      ...(options.params
        ? [
            {
              weight: 1,
              arbitrary: paramCases(options.method, options.route, options.params, ids, {
                headers: { ...headers, 'content-type': 'application/json' },
                payload: exampleText,
              }),
            },
          ]
        : []),
    ];
    return fc.oneof(...arbitraries);
  };
}

/** A route without a body: bad params, and bodies it must not choke on. */
function bodilessRoute(method: 'POST' | 'DELETE', route: string, params?: z.ZodType): Target['cases'] {
  return (ids) => {
    const url = route.replace(':id', ids.inspectionId);
    const bodies = fc.oneof(
      fc.constantFrom(...MALFORMED_JSON.filter(Boolean)).map((payload) => ({
        label: `malformed JSON ${JSON.stringify(payload)}`,
        request: { method, url, headers: { 'content-type': 'application/json' }, payload },
        expect: 'refused' as const,
      })),
      fc.constantFrom(...WRONG_CONTENT_TYPES).chain((contentType) =>
        anyHostile.map((value) => ({
          label: `body in ${contentType}`,
          request: { method, url, headers: { 'content-type': contentType }, payload: toJsonText(value) },
          expect: 'any' as const,
        })),
      ),
    );
    return params ? fc.oneof(paramCases(method, route, params, ids), bodies) : bodies;
  };
}

/** The refresh-token cookie routes: whatever the cookie holds, it is not a live session. */
function cookieRoute(route: string, expectation: Expectation): Target['cases'] {
  return () =>
    fc.oneof(hostileString, fc.constantFrom(...NOT_UUIDS)).map((value) => ({
      label: `cookie ${JSON.stringify(value.slice(0, 60))}`,
      request: { method: 'POST', url: route, headers: { cookie: `partrack_refresh=${encodePathSegment(value)}` } },
      expect: expectation,
    }));
}

const BOUNDARY = 'partrack-fuzz';
type Part = { name: string; fileName?: string; content: string | Buffer };

function multipart(parts: Part[], boundary = BOUNDARY): Buffer {
  return Buffer.concat([
    ...parts.flatMap((part) => [
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${part.name}"` +
          `${part.fileName === undefined ? '' : `; filename="${part.fileName}"`}\r\n\r\n`,
      ),
      Buffer.from(part.content),
      Buffer.from('\r\n'),
    ]),
    Buffer.from(`--${boundary}--\r\n`),
  ]);
}

/** Broken multipart framing, or no multipart at all: refused by every upload route. */
function brokenUploads(url: string): fc.Arbitrary<FuzzCase> {
  const file = { name: 'file', fileName: 'a.csv', content: 'a,b\r\n1,2' };
  const framings: [string, string, Buffer | string][] = [
    ['no boundary', 'multipart/form-data', multipart([file])],
    ['empty boundary', 'multipart/form-data; boundary=', multipart([file])],
    ['long boundary', `multipart/form-data; boundary=${'b'.repeat(300)}`, multipart([file], 'b'.repeat(300))],
    ['other boundary', `multipart/form-data; boundary=${BOUNDARY}`, multipart([file], 'other')],
    ['cut', `multipart/form-data; boundary=${BOUNDARY}`, multipart([file]).subarray(0, 40)],
    ['empty', `multipart/form-data; boundary=${BOUNDARY}`, ''],
    ['JSON', 'application/json', '{"files":[]}'],
    ['text', 'text/plain', 'a,b\r\n1,2'],
  ];
  return fc.constantFrom(...framings).map(([label, contentType, payload]) => ({
    label: `upload ${label}`,
    request: { method: 'POST', url, headers: { 'content-type': contentType }, payload },
    expect: 'refused' as const,
  }));
}

function multipartCase(label: string, url: string, parts: Part[], expectation: Expectation): FuzzCase {
  return {
    label,
    request: {
      method: 'POST',
      url,
      headers: { 'content-type': `multipart/form-data; boundary=${BOUNDARY}` },
      payload: multipart(parts),
    },
    expect: expectation,
  };
}

/** A file name as a form would send it: no quote or line break (those would end the header). */
const fileName = hostileString.map((name) => name.replace(/["\r\n]/g, '_').slice(0, 300));

const evidenceUploads: Target['cases'] = (ids) => {
  const url = `/api/v1/directives/${ids.directiveId}/evidence`;
  return fc.oneof(
    brokenUploads(url),
    // Not evidence by its content (text, whatever its name says), so nothing is stored.
    fc
      .record({ name: fileName, content: hostileString })
      .map(({ name, content }) =>
        multipartCase(
          `evidence ${JSON.stringify(name.slice(0, 40))}`,
          url,
          [{ name: 'files', fileName: `${name}.pdf`, content }],
          'refused',
        ),
      ),
    fc.constant(
      multipartCase(
        'eleven files',
        url,
        Array.from({ length: 11 }, () => ({ name: 'files', fileName: 'a.pdf', content: '%PDF-1.4' })),
        'refused',
      ),
    ),
    paramCases('POST', '/api/v1/directives/:id/evidence', IdParamsSchema, ids),
  );
};

/** A statistics CSV about a unit whose cells are hostile: it may import (a valid row) or be refused, never 5xx. */
/** A hostile value can still make a valid mapping (`"unit": -0` is column 0), which imports the file. */
function isValidMapping(text: string): boolean {
  try {
    return DossierStatsMappingSchema.safeParse(JSON.parse(text)).success;
  } catch {
    return false;
  }
}

function dossierUploads(path: string, withMapping: boolean, unitName: () => string): Target['cases'] {
  const url = `/api/v1/imports/${path}`;
  const validMapping = JSON.stringify({ unit: 0, year: 1, received: 2 });
  const mappingPart = (mapping: string) => ({ name: 'mapping', content: mapping });
  return () =>
    fc.oneof(
      brokenUploads(url),
      fc
        .oneof(
          fc.constantFrom(...MALFORMED_JSON),
          anyHostile.map((value) => toJsonText({ unit: value, year: 1, received: 2 })),
          anyHostile.map(toJsonText),
        )
        .map((mapping) =>
          multipartCase(
            `mapping ${mapping.slice(0, 60)}`,
            url,
            [
              mappingPart(mapping),
              { name: 'file', fileName: 'tk.csv', content: `Đơn vị,Năm,Tiếp nhận\r\n${unitName()},2019,10\r\n` },
            ],
            withMapping && !isValidMapping(mapping) ? 'refused' : 'any',
          ),
        ),
      fc
        .record({ cell: fc.constantFrom(0, 1, 2), value: hostileString, name: fileName })
        .map(({ cell, value, name }) => {
          const row = [unitName(), '2019', '10'];
          row[cell] = `"${value.replace(/"/g, '""')}"`;
          return multipartCase(
            `cell ${cell}=${JSON.stringify(value.slice(0, 40))}`,
            url,
            [
              ...(withMapping ? [mappingPart(validMapping)] : []),
              { name: 'file', fileName: `${name}.csv`, content: `Đơn vị,Năm,Tiếp nhận\r\n${row.join(',')}\r\n` },
            ],
            'any',
          );
        }),
    );
}

/** A GET route's query: each parameter of its contract, and unknown ones, set to hostile values. */
function queryRoute(route: string, query: z.ZodType | null, params?: z.ZodType): Target['cases'] {
  return (ids) => {
    const url = route.replace(/:(\w+)/g, (_match, key: string) => (key === 'fileId' ? ids.fileId : ids.unitId));
    const names = query ? Object.keys((unwrap(query) as unknown as { shape: Record<string, z.ZodType> }).shape) : [];
    const queries = fc
      .array(
        fc.record({
          name: fc.oneof(...(names.length > 0 ? [fc.constantFrom(...names)] : []), fc.constantFrom(...EXTRA_KEYS)),
          value: fc.oneof(hostileString, fc.constantFrom(...NOT_UUIDS, ...NUMBER_TOKENS)),
        }),
        { minLength: 1, maxLength: 3 },
      )
      .map((pairs) => {
        const search = pairs.map(({ name, value }) => `${name}=${encodePathSegment(value)}`).join('&');
        // Own properties only: `__proto__` is a parameter name like any other.
        const parsed: Record<string, string | string[]> = Object.create(null);
        for (const { name, value } of pairs) {
          const previous = parsed[name];
          parsed[name] = previous === undefined ? value : [previous, value].flat();
        }
        return {
          label: `query ${search.slice(0, 120)}`,
          request: { method: 'GET' as const, url: `${url}?${search}` },
          // Without a query contract, parameters are ignored.
          expect: query && contractRefuses(query, parsed) ? ('refused' as const) : ('any' as const),
        };
      });
    return params ? fc.oneof(queries, paramCases('GET', route, params, ids)) : queries;
  };
}

// ---------------------------------------------------------------------------------------------------
// Every route

const today = new Date().toISOString().slice(0, 10);
const unitNames = { kienAn: 'Quận Kiến An' };
let currentEtag = '"1"';

const writeTargets: Record<string, Target> = {
  'POST /api/v1/auth/login': {
    cases: jsonRoute({
      method: 'POST',
      route: '/api/v1/auth/login',
      body: LoginBodySchema,
      example: () => ({ username: 'fuzz.nobody', password: 'wrong-password' }),
    }),
    auditedRefusals: ['auth.login_failed'],
  },
  'POST /api/v1/auth/refresh': { cases: cookieRoute('/api/v1/auth/refresh', 'refused') },
  'POST /api/v1/auth/logout': { cases: cookieRoute('/api/v1/auth/logout', 'any') },
  'POST /api/v1/auth/password': {
    cases: jsonRoute({
      method: 'POST',
      route: '/api/v1/auth/password',
      body: ChangePasswordBodySchema,
      // The current password is never right, so the admin's session survives every run.
      example: () => ({ currentPassword: 'not-the-password', newPassword: 'a-new-long-password' }),
    }),
  },
  'POST /api/v1/users': {
    cases: jsonRoute({
      method: 'POST',
      route: '/api/v1/users',
      body: CreateUserBodySchema,
      example: (ids) => ({
        username: 'fuzz.user',
        displayName: 'Cán bộ',
        role: 'unit_officer',
        unitId: ids.unitId,
        email: 'a@b.vn',
        password: 'a-long-password',
      }),
    }),
  },
  'PATCH /api/v1/users/:id': {
    cases: jsonRoute({
      method: 'PATCH',
      route: '/api/v1/users/:id',
      body: UpdateUserBodySchema,
      params: IdParamsSchema,
      urlIds: (ids) => ({ id: ids.userId }),
      example: (ids) => ({
        displayName: 'Cán bộ',
        role: 'unit_officer',
        unitId: ids.unitId,
        email: null,
        isActive: true,
      }),
    }),
  },
  'POST /api/v1/users/:id/password': {
    cases: jsonRoute({
      method: 'POST',
      route: '/api/v1/users/:id/password',
      body: ResetPasswordBodySchema,
      params: IdParamsSchema,
      urlIds: (ids) => ({ id: ids.userId }),
      example: () => ({ password: 'reset-long-password' }),
    }),
  },
  'POST /api/v1/units': {
    cases: jsonRoute({
      method: 'POST',
      route: '/api/v1/units',
      body: CreateUnitBodySchema,
      example: (ids) => ({
        name: 'Phường Thử',
        shortName: 'Thử',
        level: 'commune',
        parentId: ids.unitId,
        code: null,
        validFrom: '2020-01-01',
        validTo: null,
      }),
    }),
  },
  'PATCH /api/v1/units/:id': {
    cases: jsonRoute({
      method: 'PATCH',
      route: '/api/v1/units/:id',
      body: UpdateUnitBodySchema,
      params: IdParamsSchema,
      // Its own unit: a valid edit (validFrom 9999-12-31…) would otherwise end the unit the other routes use.
      urlIds: (ids) => ({ id: ids.editedUnitId }),
      example: () => ({ shortName: 'Thử', code: null, validFrom: null, validTo: null }),
    }),
  },
  'POST /api/v1/inspections': {
    cases: jsonRoute({
      method: 'POST',
      route: '/api/v1/inspections',
      body: CreateInspectionBodySchema,
      example: (ids) => inspectionExample(ids),
    }),
  },
  'PATCH /api/v1/inspections/:id': {
    cases: jsonRoute({
      method: 'PATCH',
      route: '/api/v1/inspections/:id',
      body: UpdateInspectionBodySchema,
      params: IdParamsSchema,
      headers: () => ({ 'if-match': currentEtag }),
      example: (ids) => {
        const { unitId: _unitId, ...rest } = inspectionExample(ids);
        return rest;
      },
    }),
    // A stale ETag would refuse every case with a 412 before its body is looked at.
    prepare: () => refreshEtag(),
  },
  'DELETE /api/v1/inspections/:id': { cases: bodilessRoute('DELETE', '/api/v1/inspections/:id', IdParamsSchema) },
  'POST /api/v1/inspections/:id/restore': {
    cases: bodilessRoute('POST', '/api/v1/inspections/:id/restore', IdParamsSchema),
  },
  'POST /api/v1/directives/:id/updates': {
    cases: jsonRoute({
      method: 'POST',
      route: '/api/v1/directives/:id/updates',
      body: CreateDirectiveUpdateBodySchema,
      params: IdParamsSchema,
      urlIds: (ids) => ({ id: ids.directiveId }),
      example: () => ({ text: 'Đang thực hiện', percentDone: 30, doneOn: null, evidenceFileIds: [] }),
    }),
  },
  'POST /api/v1/directives/:id/review': {
    cases: jsonRoute({
      method: 'POST',
      route: '/api/v1/directives/:id/review',
      body: ReviewDirectiveBodySchema,
      params: IdParamsSchema,
      urlIds: (ids) => ({ id: ids.directiveId }),
      example: () => ({ decision: 'return', comment: 'Bổ sung minh chứng' }),
    }),
  },
  'POST /api/v1/directives/:id/extensions': {
    cases: jsonRoute({
      method: 'POST',
      route: '/api/v1/directives/:id/extensions',
      body: RequestExtensionBodySchema,
      params: IdParamsSchema,
      urlIds: (ids) => ({ id: ids.directiveId }),
      example: () => ({ requestedDueDate: '2099-12-31', reason: 'Cần thêm thời gian' }),
    }),
  },
  'POST /api/v1/directives/:id/extensions/:extensionId/decision': {
    cases: jsonRoute({
      method: 'POST',
      route: '/api/v1/directives/:id/extensions/:extensionId/decision',
      body: DecideExtensionBodySchema,
      params: ExtensionParamsSchema,
      urlIds: (ids) => ({ id: ids.directiveId, extensionId: ids.extensionId }),
      example: () => ({ decision: 'reject', comment: 'Chưa đủ lý do' }),
    }),
  },
  'POST /api/v1/directives/:id/evidence': { cases: evidenceUploads },
  'POST /api/v1/notifications/:id/read': {
    cases: bodilessRoute('POST', '/api/v1/notifications/:id/read', IdParamsSchema),
  },
  'POST /api/v1/notifications/read-all': { cases: bodilessRoute('POST', '/api/v1/notifications/read-all') },
  'POST /api/v1/imports/report-text': {
    cases: jsonRoute({
      method: 'POST',
      route: '/api/v1/imports/report-text',
      body: ReportTextImportBodySchema,
      example: () => ({
        text: 'Sáng 18-12, đoàn kiểm tra số 3 đã làm việc với UBND quận Kiến An về công tác CCHC.',
        publishedOn: '2020-12-18',
      }),
    }),
    isReadOnly: true,
  },
  'POST /api/v1/imports/dossier-stats/preview': {
    cases: dossierUploads('dossier-stats/preview', false, () => unitNames.kienAn),
    isReadOnly: true,
  },
  'POST /api/v1/imports/dossier-stats': {
    cases: dossierUploads('dossier-stats', true, () => unitNames.kienAn),
  },
};

function inspectionExample(ids: Ids) {
  return {
    unitId: ids.unitId,
    kind: 'visit',
    date: '2021-03-04',
    partOfDay: 'morning',
    topic: 'Kiểm tra CCHC',
    periodStart: '2021-01-01',
    periodEnd: '2021-03-01',
    delegation: { name: 'Đoàn số 3', establishingDocument: 'QĐ 12/QĐ-UBND', members: ['Ông A'] },
    leader: { name: 'Nguyễn Văn A', title: 'Phó Chủ tịch' },
    sites: [{ unitId: ids.unitId, place: 'Bộ phận một cửa' }],
    sourceReference: 'https://example.vn/bai-viet',
    findings: [{ kind: 'limitation', parArea: null, text: 'Còn hồ sơ trễ hạn' }],
    figures: [
      {
        indicator: 'received',
        unitId: null,
        tier: null,
        periodStart: '2021-01-01',
        periodEnd: '2021-03-01',
        value: 10,
        qualifier: 'exact',
        note: null,
      },
    ],
    directives: [
      {
        leadUnitId: ids.unitId,
        coordinatingUnitIds: [],
        text: 'Khắc phục hồ sơ trễ hạn',
        parArea: 'other',
        dueDate: today,
      },
    ],
  };
}

const readTargets: Record<string, Target['cases']> = {
  'GET /api/health': queryRoute('/api/health', null),
  'GET /api/ready': queryRoute('/api/ready', null),
  'GET /api/openapi.json': queryRoute('/api/openapi.json', null),
  'GET /api/v1/auth/me': queryRoute('/api/v1/auth/me', null),
  'GET /api/v1/users': queryRoute('/api/v1/users', ListUsersQuerySchema),
  'GET /api/v1/users/:id': queryRoute('/api/v1/users/:id', null, IdParamsSchema),
  'GET /api/v1/units': queryRoute('/api/v1/units', ListUnitsQuerySchema),
  'GET /api/v1/units/:id': queryRoute('/api/v1/units/:id', null, IdParamsSchema),
  'GET /api/v1/audit-events': queryRoute('/api/v1/audit-events', ListAuditEventsQuerySchema),
  'GET /api/v1/inspections': queryRoute('/api/v1/inspections', ListInspectionsQuerySchema),
  'GET /api/v1/inspections/export': queryRoute('/api/v1/inspections/export', ExportInspectionsQuerySchema),
  'GET /api/v1/inspections/:id': queryRoute('/api/v1/inspections/:id', null, IdParamsSchema),
  'GET /api/v1/directives': queryRoute('/api/v1/directives', ListDirectivesQuerySchema),
  'GET /api/v1/directives/:id': queryRoute('/api/v1/directives/:id', null, IdParamsSchema),
  'GET /api/v1/directives/:id/evidence/:fileId': queryRoute(
    '/api/v1/directives/:id/evidence/:fileId',
    null,
    EvidenceParamsSchema,
  ),
  'GET /api/v1/notifications': queryRoute('/api/v1/notifications', ListNotificationsQuerySchema),
  'GET /api/v1/dashboard/on-time-rates': queryRoute('/api/v1/dashboard/on-time-rates', OnTimeRatesQuerySchema),
  'GET /api/v1/dashboard/task-completion': queryRoute('/api/v1/dashboard/task-completion', TaskCompletionQuerySchema),
  'GET /api/v1/dashboard/trends': queryRoute('/api/v1/dashboard/trends', TrendsQuerySchema),
  'GET /api/v1/dashboard/summary': queryRoute('/api/v1/dashboard/summary', DashboardSummaryQuerySchema),
};

// ---------------------------------------------------------------------------------------------------
// The database's fingerprint

/**
 * Row count and an order-free hash of every row, per table, and the last audit event. The hash is
 * only taken again when the server has assigned a transaction id since (a write, or a row lock):
 * without one nothing can have changed, and most refused requests never get that far.
 */
type Fingerprint = { nextXid: string; tables: Record<string, string>; auditSeq: number };
let digestQuery: string;

async function fingerprint(previous?: Fingerprint): Promise<Fingerprint> {
  const { db } = context().database;
  const [xid] = await executeRows<{ next: string }>(
    db,
    sql`SELECT pg_snapshot_xmax(pg_current_snapshot())::text AS next`,
  );
  const nextXid = xid?.next ?? '';
  if (previous?.nextXid === nextXid) return previous;
  const rows = await executeRows<{ name: string; digest: string }>(db, sql.raw(digestQuery));
  const [audit] = await executeRows<{ seq: number | null }>(db, sql`SELECT max(seq)::int AS seq FROM audit_events`);
  return { nextXid, tables: Object.fromEntries(rows.map((row) => [row.name, row.digest])), auditSeq: audit?.seq ?? 0 };
}

async function buildDigestQuery(): Promise<string> {
  const tables = await executeRows<{ tablename: string }>(
    context().database.db,
    sql`SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`,
  );
  // The audit sealer seals events in the background, whenever it runs: an event's seal is not a change
  // a request made, so the audit trail is hashed without it.
  const rowText = (table: string) =>
    table === 'audit_events' ? `(to_jsonb(t) - 'prev_hash' - 'hash' - 'chain_seq')::text` : 't::text';
  return tables
    .map(
      ({ tablename }) =>
        `SELECT '${tablename}' AS name, count(*) || ':' || coalesce(sum(hashtextextended(${rowText(tablename)}, 0)), 0) AS digest FROM "${tablename}" t`,
    )
    .join(' UNION ALL ');
}

async function auditActionsSince(seq: number): Promise<string[]> {
  const rows = await executeRows<{ action: string }>(
    context().database.db,
    sql`SELECT action FROM audit_events WHERE seq > ${seq} ORDER BY seq`,
  );
  return rows.map((row) => row.action);
}

// ---------------------------------------------------------------------------------------------------
// The checks

const LEAKS = [
  /\bat [^\s]+ \(/,
  /:\d+:\d+\)/,
  /node_modules/,
  /\/work\/|\/home\/|file:\/\//,
  /\.[cm]?[tj]s:\d+/,
  /\bSELECT\b|\bINSERT INTO\b|\bUPDATE\b.+\bSET\b|\bDELETE FROM\b/i,
  /syntax error/i,
  /violates/i,
  /duplicate key/i,
  /invalid input (syntax|value)/i,
  /invalid byte sequence/i,
  /out of range/i,
  /(relation|column) "[a-z0-9_]+" (does not exist|of relation)/,
  /Failed query/i,
  /SQLSTATE|PGlite|drizzle/i,
  /\bERROR:/,
  /Cannot read propert|is not a function|undefined is not/i,
];

/** The answer's text with what the request itself sent removed: echoing it back is not a leak. */
function withoutEchoes(body: string): string {
  return ECHOABLE.reduce(
    (text, fragment) => text.split(JSON.stringify(fragment).slice(1, -1)).join('').split(fragment).join(''),
    body,
  );
}

function checkErrorAnswer(response: LightMyRequestResponse, where: string) {
  expect(response.headers['content-type'], where).toMatch(/^application\/json/);
  const parsed = ErrorResponseSchema.strict().safeParse(response.json());
  expect(parsed.success, `${where}: not the error shape`).toBe(true);
  if (!parsed.success) return;
  expect(parsed.data.statusCode, where).toBe(response.statusCode);
  expect(parsed.data.requestId, where).toBe(response.headers['x-request-id']);
  const leak = LEAKS.find((pattern) => pattern.test(withoutEchoes(response.body)));
  expect(leak, `${where}: the answer leaks ${leak}`).toBeUndefined();
}

/** Sends one case as the admin and checks every property; returns the database's fingerprint after it. */
async function runCase(target: Target, fuzzCase: FuzzCase, before: Fingerprint | null): Promise<Fingerprint | null> {
  const { app } = context();
  const response = await app.inject({ ...fuzzCase.request, headers: { ...adminHeaders, ...fuzzCase.request.headers } });
  const where = `${fuzzCase.request.method} ${String(fuzzCase.request.url).slice(0, 200)} [${fuzzCase.label}] → ${response.statusCode} ${response.body.slice(0, 300)}`;
  expect(response.statusCode, where).toBeLessThan(500);
  if (fuzzCase.expect === 'refused') expect(response.statusCode, where).toBeGreaterThanOrEqual(400);
  const isRefused = response.statusCode >= 400;
  if (isRefused) checkErrorAnswer(response, where);
  if (!before) return null;
  const after = await fingerprint(before);
  const caseBefore = previousCase;
  previousCase = where;
  if (after === before) return after;
  if (isRefused || target.isReadOnly) {
    const { audit_events: _auditBefore, ...tablesBefore } = before.tables;
    const { audit_events: _auditAfter, ...tablesAfter } = after.tables;
    const changed = Object.keys(tablesAfter).filter((table) => tablesAfter[table] !== tablesBefore[table]);
    expect(changed, `${where}: the database changed; the case before: ${caseBefore}`).toEqual([]);
    const recorded = await auditActionsSince(before.auditSeq);
    const allowed: string[] = isRefused ? (target.auditedRefusals ?? []) : [];
    expect(
      recorded.filter((action) => !allowed.includes(action)),
      `${where}: audited a change`,
    ).toEqual([]);
  }
  return after;
}
/** The last case sent: a change the database shows late is often its doing. */
let previousCase = '';

// ---------------------------------------------------------------------------------------------------

let ids: Ids;
let adminHeaders: Record<string, string>;

beforeAll(async () => {
  digestQuery = await buildDigestQuery();
  ids = await setUpFuzzObjects();
  // The admin's session never ends here (its password is never guessed), so one token serves every run.
  adminHeaders = await authHeaders(context(), 'admin');
});

async function setUpFuzzObjects(): Promise<Ids> {
  const { db } = context().database;
  const units = createUnitsRepository(db);
  const { rows } = await units.list({ q: 'kien an', page: 1, pageSize: 10 });
  const unit = rows.find((row) => row.name === unitNames.kienAn);
  const user = await createUsersRepository(db).findByUsername('kienan');
  if (!unit || !user) throw new Error('The demo data has no Kiến An or no kienan');
  const inspections = createInspectionsRepository(db);
  const { id: inspectionId } = await inspections.insert(
    CreateInspectionBodySchema.parse(inspectionExample({ unitId: unit.id } as Ids)),
    null,
  );
  const [directiveId] = await inspections.directiveIdsOf(inspectionId);
  if (!directiveId) throw new Error('no directive created');
  const directives = createDirectivesRepository(db);
  await directives.addExtension({ directiveId, requestedDueDate: '2099-12-31', reason: 'Chờ kinh phí' });
  const extension = (await directives.timeline(directiveId)).extensions[0];
  if (!extension) throw new Error('no extension created');
  const edited = await units.insert({
    name: 'Phường Sửa Thử',
    shortName: 'Sửa Thử',
    level: 'commune',
    parentId: unit.id,
  });
  return {
    unitId: unit.id,
    editedUnitId: edited.id,
    userId: user.id,
    inspectionId,
    directiveId,
    extensionId: extension.id,
    fileId: '00000000-0000-4000-8000-000000000000',
  };
}

async function refreshEtag() {
  const record = await createInspectionsRepository(context().database.db).findById(ids.inspectionId);
  currentEtag = `"${record?.version}"`;
}

describe('bad input', () => {
  it('has a fuzz target for every write route and every read route, and none for a route that does not exist', () => {
    const routes = context()
      .app.apiRoutes.filter((route) => !route.url.startsWith('/api/docs'))
      .map((route) => `${route.method} ${route.url}`);
    const isWrite = (route: string) => !route.startsWith('GET ');
    expect(routes.filter(isWrite).sort()).toEqual(Object.keys(writeTargets).sort());
    expect(routes.filter((route) => !isWrite(route)).sort()).toEqual(Object.keys(readTargets).sort());
  });

  it.each(Object.entries(writeTargets))(
    '%s answers bad input with a 4xx in the error shape and leaves the database as it was',
    async (_route, target) => {
      let before = await fingerprint();
      await fc.assert(
        fc.asyncProperty(target.cases(ids), async (fuzzCase) => {
          await target.prepare?.();
          before = (await runCase(target, fuzzCase, before)) ?? before;
        }),
        { numRuns: RUNS },
      );
    },
    RUNS * MS_PER_RUN,
  );

  it.each(Object.entries(readTargets))(
    '%s answers a hostile query or path with a 4xx in the error shape, or reads',
    async (_route, cases) => {
      await fc.assert(
        fc.asyncProperty(cases(ids), async (fuzzCase) => {
          await runCase({ cases }, fuzzCase, null);
        }),
        { numRuns: RUNS },
      );
    },
    RUNS * MS_PER_RUN,
  );
});

describe('text that looks like SQL or HTML', () => {
  /** Valid text: no NUL, no lone surrogate, nothing to trim, within the shortest limit (200). */
  const storableText = fc
    .oneof(
      fc.constantFrom(...SQL_FRAGMENTS, ...SCRIPT_FRAGMENTS, ...UNICODE_STRINGS),
      fc.string({ unit: 'grapheme', minLength: 1, maxLength: 60 }),
    )
    .filter((text) => text.trim() === text && text.length > 0 && text.length <= 200 && !problemText(text));

  function problemText(text: string): boolean {
    // replace, not test: the pattern is global, and test() would carry its lastIndex from call to call.
    return text.includes('\u0000') || text.replace(LONE_SURROGATE, '') !== text;
  }

  it(
    'is stored and read back byte for byte, in every text field of an inspection',
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(storableText, { minLength: 8, maxLength: 8 }), async (texts) => {
          const [topic, delegation, document, member, leader, title, finding, directive] = texts as string[];
          const example = inspectionExample(ids);
          const body = {
            ...example,
            topic,
            delegation: { name: delegation, establishingDocument: document, members: [member] },
            leader: { name: leader, title },
            sites: [{ unitId: ids.unitId, place: title }],
            sourceReference: document,
            findings: [{ kind: 'strength', parArea: null, text: finding }],
            figures: [{ ...example.figures[0], note: member }],
            directives: [{ ...example.directives[0], text: directive }],
          };
          const created = await context().app.inject({
            method: 'POST',
            url: '/api/v1/inspections',
            headers: adminHeaders,
            payload: body,
          });
          expect(created.statusCode, created.body.slice(0, 300)).toBe(201);
          const read = await context().app.inject({
            method: 'GET',
            url: created.headers.location as string,
            headers: adminHeaders,
          });
          const stored = InspectionSchema.parse(read.json());
          expect({
            topic: stored.topic,
            delegation: stored.delegation,
            leader: stored.leader,
            place: stored.sites[0]?.place,
            sourceReference: stored.sourceReference,
            finding: stored.findings[0]?.text,
            note: stored.figures[0]?.note,
            directive: stored.directives[0]?.text,
          }).toEqual({
            topic,
            delegation: body.delegation,
            leader: body.leader,
            place: title,
            sourceReference: document,
            finding,
            note: member,
            directive,
          });
        }),
        { numRuns: RUNS },
      );
    },
    RUNS * MS_PER_RUN,
  );
});

/** The smallest failing cases the properties found, kept as plain tests. */
describe('bad input the fuzzing found', () => {
  async function send(request: InjectOptions) {
    return context().app.inject({ ...request, headers: { ...adminHeaders, ...request.headers } });
  }

  it("answers a path segment longer than a parameter may be with a 400 in the error shape, not Fastify's 414", async () => {
    const response = await send({ method: 'GET', url: `/api/v1/units/${'x'.repeat(101)}` });
    expect(response.statusCode).toBe(400);
    checkErrorAnswer(response, 'over-long segment');
    expect(response.json().issues).toEqual([expect.objectContaining({ path: 'params', code: 'invalid_path' })]);
  });

  it('answers a path with a broken percent-encoding with a 400 in the error shape', async () => {
    const response = await send({ method: 'GET', url: '/api/v1/units/%E0%A4%A' });
    expect(response.statusCode).toBe(400);
    checkErrorAnswer(response, 'broken encoding');
  });

  it.each([
    ['no boundary', 'multipart/form-data', multipart([{ name: 'files', fileName: 'a.pdf', content: '%PDF-1.4' }])],
    ['a body that never reaches its boundary', `multipart/form-data; boundary=${BOUNDARY}`, multipart([], 'other')],
  ])('answers an upload with %s with a 400, not a 500', async (_label, contentType, payload) => {
    for (const url of [`/api/v1/directives/${ids.directiveId}/evidence`, '/api/v1/imports/dossier-stats/preview']) {
      const response = await send({ method: 'POST', url, headers: { 'content-type': contentType }, payload });
      expect(response.statusCode, `${url} ${response.body}`).toBe(400);
      checkErrorAnswer(response, url);
    }
  });

  it('refuses a lone surrogate in a text field with a 400 naming the field, not a 500 from the driver', async () => {
    const before = await fingerprint();
    const response = await send({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"username":"\\ud800","password":"wrong-password"}',
    });
    expect(response.statusCode).toBe(400);
    checkErrorAnswer(response, 'lone surrogate');
    expect(response.json().issues).toEqual([
      { path: 'username', code: 'lone_surrogate', message: 'must be valid Unicode text' },
    ]);
    expect((await fingerprint()).tables).toEqual(before.tables);
  });
});
