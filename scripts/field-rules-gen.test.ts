import { describe, expect, it } from 'vitest';
import { contract } from '../contract/openapi';
import {
  citizenAccountRequest,
  organisationAccountRequest,
  type ContractFieldRules,
} from '../src/api/field-rules.gen';
import { fieldProblem, fieldRule } from '../src/lib/field-rules';
import { generateFieldRules } from './field-rules-gen';

const yaml = `
openapi: 3.1.0
paths:
  /things:
    post:
      operationId: createThing
      requestBody:
        content:
          application/json: { schema: { $ref: '#/components/schemas/ThingInput' } }
    put:
      operationId: updateThing
      requestBody:
        content:
          application/json: { schema: { $ref: '#/components/schemas/ThingUpdate' } }
  /files:
    post:
      operationId: upload
      requestBody:
        content:
          multipart/form-data: { schema: { $ref: '#/components/schemas/Upload' } }
components:
  schemas:
    Day: { type: string, format: date, pattern: '^\\d{4}-\\d{2}-\\d{2}$' }
    Upload: { type: object, properties: { file: { type: string } } }
    ThingInput:
      type: object
      required: [name, owner]
      properties:
        name: { type: string, minLength: 1, maxLength: 20 }
        on: { $ref: '#/components/schemas/Day' }
        owner:
          type: object
          required: [phone]
          properties:
            phone: { type: string, pattern: '^0\\d{9}$' }
    ThingUpdate:
      allOf:
        - { $ref: '#/components/schemas/ThingInput' }
        - { type: object, required: [version], properties: { version: { type: integer } } }
`;

/** The generated module's constants, read back from its text. */
function constants(text: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const m of text.matchAll(/export const (\w+) = (\{.*\}) as const/g))
    out[m[1]!] = JSON.parse(m[2]!);
  return out;
}

describe('the field rules gen:api writes from the contract', () => {
  const text = generateFieldRules(yaml);

  it('writes each JSON body, by dotted path, with references followed', () => {
    expect(constants(text).thingInput).toEqual({
      name: { required: true, minLength: 1, maxLength: 20 },
      on: { required: false, pattern: '^\\d{4}-\\d{2}-\\d{2}$', format: 'date' },
      owner: { required: true },
      'owner.phone': { required: true, pattern: '^0\\d{9}$' },
    });
  });

  it('merges the parts of an allOf, and names the operations that take the body', () => {
    expect(constants(text).thingUpdate).toMatchObject({
      name: { required: true },
      'owner.phone': { required: true },
      version: { required: true },
    });
    expect(text).toContain('the body of createThing.');
    expect(text).toContain('the body of updateThing.');
  });

  it('leaves out what is not a JSON body', () => {
    expect(constants(text)).not.toHaveProperty('upload');
  });
});

describe("the forms' field rules give the backends' verdicts", () => {
  const c = contract();
  const cases: { id: string; rules: ContractFieldRules; body: Record<string, unknown> }[] = [
    {
      id: 'createCitizenAccount',
      rules: citizenAccountRequest,
      body: {
        fullName: 'Nguyễn Văn Bình',
        identityNumber: '024090012345',
        birthDate: '1990-03-02',
        phone: '0987654321',
        communeCode: '07759',
      },
    },
    {
      id: 'createOrganisationAccount',
      rules: organisationAccountRequest,
      body: {
        taxCode: '2400555666',
        name: 'Công ty A',
        address: 'Số 1',
        communeCode: '07759',
        representative: { name: 'A', identityNumber: '024190001234', phone: '0912345678' },
      },
    },
  ];
  const probes = [
    '',
    'x',
    '0',
    '0912345678',
    '912345678',
    '024190001234',
    '02419000123',
    '0241900012345',
    '2400555666',
    '2400555666-001',
    '07759',
    '1990-02-28',
    '1990-02-31',
    'x'.repeat(101),
    'x'.repeat(201),
    'x'.repeat(301),
  ];

  it.each(cases)('$id: each field refuses what the server refuses', ({ id, rules, body }) => {
    const op = c.operations.find((o) => o.operationId === id)!;
    for (const path of Object.keys(rules)) {
      const rule = fieldRule(rules, path);
      // Objects (the representative) are not fields; the browser's email check is looser.
      if (path === 'representative' || rule.format === 'email') continue;
      for (const value of probes) {
        const probe = structuredClone(body);
        const names = path.split('.');
        const parent = names.slice(0, -1).reduce((o, n) => o[n] as Record<string, unknown>, probe);
        if (value === '' && !rule.required) delete parent[names.at(-1)!];
        else parent[names.at(-1)!] = value;
        const verdict = c.validateRequest(op, {
          params: {},
          query: {},
          body: probe,
          mediaType: 'application/json',
        });
        const refused = !verdict.ok && verdict.errors.some((e) => e.field === path);
        expect(fieldProblem(rule, value) !== null, `${path} = ${JSON.stringify(value)}`).toBe(
          refused,
        );
      }
    }
  });
});
