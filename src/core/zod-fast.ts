import type { $ZodType } from 'zod/v4/core';

/**
 * A fast path for zod's `safeParse` on valid data, for the schemas etr checks files with. Like
 * yaml-fast.ts, it answers only when it is sure: it gives either exactly the value zod's
 * `safeParse` gives for valid input, or {@link notValid}, and then the caller runs zod itself,
 * which finds and words the issues. So it changes how long valid data takes, never the result
 * (test/core/zod-fast.test.ts checks this differentially).
 *
 * Why: `etr validate` checks every entity of a catalog once, cold, in V8's interpreter. zod's
 * runtime pays for generality at every field (a payload and an issue list each, iterators over
 * the checks, abort and async bookkeeping); on the built-in catalog that was a fifth of the run.
 * zod's own `z.compile` removes that cost by generating code with `new Function`, but in a
 * one-shot command generating and compiling that code costs about as much as it saves.
 *
 * How: a schema is turned once into a plan, which one function walks along the data. Objects,
 * arrays, optional and default values are walked by the rules of zod's own parsers for valid
 * data; leaves (strings, numbers, booleans, enums, …) get zod's test of their type, and every
 * check (trim, lengths, bounds, formats, refinements) is zod's own `_zod.check`. A schema of any
 * other kind (unions, pipes, transforms, lazy, …) is run by zod itself where it occurs. One walking
 * function rather than a closure per schema makes fewer calls per field, and fewer functions hot
 * enough for V8 to recompile them on the second core, which in a run this short costs more than it
 * returns.
 */

/** Returned when the fast path cannot vouch for the input; the caller then asks zod. */
export const notValid: unique symbol = Symbol('not valid');

/** Parses valid input as zod does, or returns {@link notValid}. */
export type FastParse = (input: unknown) => unknown;

/** zod's `safeParse` of `schema` on `input`: the fast path's value, or else zod's own answer. */
export function safeParseFast<S extends $ZodType & { safeParse(input: unknown): unknown }>(schema: S, input: unknown): ReturnType<S['safeParse']> {
  const value = fastParser(schema)(input);
  return (value === notValid ? schema.safeParse(input) : { success: true, data: value }) as ReturnType<S['safeParse']>;
}

const parsers = new WeakMap<$ZodType, FastParse>();

/** The fast parser of `schema`, made on first use. */
export function fastParser(schema: $ZodType): FastParse {
  let parse = parsers.get(schema);
  if (parse === undefined) {
    const plan = planOf(schema);
    parse = (input) => walk(plan, input);
    parsers.set(schema, parse);
  }
  return parse;
}

/** What the fast path reads of zod's internals (`schema._zod`), as zod's own parsers read them. */
interface Internals {
  def: {
    type: string;
    coerce?: boolean;
    checks?: readonly $ZodType[];
    shape?: Record<string, $ZodType>;
    catchall?: $ZodType;
    element?: $ZodType;
    innerType?: $ZodType;
    defaultValue?: unknown;
    when?: (payload: Payload) => boolean;
  };
  traits: Set<string>;
  optin?: 'optional' | 'defaulted';
  optout?: 'optional';
  values?: Set<unknown>;
  parse(payload: Payload, ctx: object): Payload | Promise<Payload>;
  run(payload: Payload, ctx: object): Payload | Promise<Payload>;
  check?(payload: Payload): unknown;
}

interface Payload {
  value: unknown;
  issues: unknown[];
}

function internals(schema: $ZodType): Internals {
  return schema._zod as unknown as Internals;
}

/**
 * A schema as the fast path walks it, worked out once. Each step gives the value its kind of
 * schema parses to, then that schema's checks run on it.
 */
type Plan = { checks: readonly Internals[] } & (
  | { kind: 'string' | 'number' | 'boolean' }
  | { kind: 'enum'; values: Set<unknown> }
  /** Another leaf: zod's own `_zod.parse`, which only tests the input's type. */
  | { kind: 'leaf'; zod: Internals }
  | { kind: 'object'; fields: readonly Field[]; strict: Set<string> | undefined }
  | { kind: 'array'; item: Plan }
  | { kind: 'optional'; inner: Plan }
  | { kind: 'default'; inner: Plan; def: Internals['def'] }
  /** A schema of a kind not walked here: zod runs it, checks included. */
  | { kind: 'zod'; zod: Internals }
);

interface Field {
  key: string;
  plan: Plan;
  optin: Internals['optin'];
  optout: Internals['optout'];
}

/** Leaves whose `_zod.parse` only tests the input's type and hands it on unchanged. */
const leafTraits = ['$ZodLiteral', '$ZodUnknown', '$ZodAny', '$ZodNull'];

const plans = new WeakMap<$ZodType, Plan>();

/**
 * Known by their constructors' traits, not by `def.type`, which kinds that parse differently
 * share (`exactOptional` is also "optional").
 */
function planOf(schema: $ZodType): Plan {
  let plan = plans.get(schema);
  if (plan !== undefined) return plan;
  const zod = internals(schema);
  // Until its plan is made, a schema that refers to itself (through a getter in a shape) is run by zod.
  const byZod: Plan = { kind: 'zod', zod, checks: [] };
  plans.set(schema, byZod);
  const { traits, def } = zod;
  // As zod's $ZodType does: a schema that is itself a check (a format such as z.int() or
  // z.url()) runs as the first of its checks.
  const checks = (traits.has('$ZodCheck') ? [schema, ...(def.checks ?? [])] : (def.checks ?? [])).map(internals);
  const { shape, catchall, element, innerType } = def;
  if (def.coerce) plan = undefined;
  else if (traits.has('$ZodString')) plan = { kind: 'string', checks };
  else if (traits.has('$ZodNumber')) plan = { kind: 'number', checks };
  else if (traits.has('$ZodBoolean')) plan = { kind: 'boolean', checks };
  else if (traits.has('$ZodEnum') && zod.values !== undefined) plan = { kind: 'enum', values: zod.values, checks };
  else if (leafTraits.some((trait) => traits.has(trait))) plan = { kind: 'leaf', zod, checks };
  else if (traits.has('$ZodObject') && shape !== undefined && Object.getOwnPropertySymbols(shape).length === 0) {
    // A strict object (catchall never) refuses keys its shape lacks; another catchall is left to zod.
    if (catchall === undefined || internals(catchall).def.type === 'never') {
      const keys = Object.keys(shape);
      // zod never copies a "__proto__" key into its output.
      const fields = keys.filter((key) => key !== '__proto__').map((key) => ({ key, plan: planOf(shape[key]!), optin: internals(shape[key]!).optin, optout: internals(shape[key]!).optout }));
      plan = { kind: 'object', fields, strict: catchall === undefined ? undefined : new Set(keys), checks };
    }
  } else if (traits.has('$ZodArray') && element !== undefined) plan = { kind: 'array', item: planOf(element), checks };
  // An optional default substitutes its value for undefined: left to zod.
  else if (traits.has('$ZodOptional') && !traits.has('$ZodExactOptional') && innerType !== undefined && internals(innerType).optin !== 'defaulted') {
    plan = { kind: 'optional', inner: planOf(innerType), checks };
  } else if (traits.has('$ZodDefault') && innerType !== undefined) plan = { kind: 'default', inner: planOf(innerType), def, checks };
  plan ??= byZod;
  plans.set(schema, plan);
  return plan;
}

/** A leaf's parse reads no context; this one is never written to. */
const leafContext = { async: false };

/** Parses `input` by `plan` as zod does for valid input, or gives {@link notValid}. */
function walk(plan: Plan, input: unknown): unknown {
  let value: unknown = input;
  switch (plan.kind) {
    // zod's tests of a leaf's type, restated where they are one line.
    case 'string':
      if (typeof input !== 'string') return notValid;
      break;
    case 'number':
      // zod refuses NaN and ±Infinity too.
      if (typeof input !== 'number' || !Number.isFinite(input)) return notValid;
      break;
    case 'object': {
      // As zod's $ZodObject parses an object with no issues: the shape's keys in the shape's
      // order, absent optional keys left out, and for a strict object no key the shape lacks.
      if (typeof input !== 'object' || input === null || Array.isArray(input)) return notValid;
      const record = input as Record<string, unknown>;
      const output: Record<string, unknown> = {};
      const { fields } = plan;
      for (let i = 0; i < fields.length; i++) {
        const { key, plan: fieldPlan, optin, optout } = fields[i]!;
        const field = walk(fieldPlan, record[key]);
        if (field === notValid) return notValid;
        if (!(key in record)) {
          // A required key is missing.
          if (optin === undefined) return notValid;
          // An optional key that is absent stays absent.
          if (optin === 'optional' && optout === 'optional') continue;
          if (field === undefined && !(optin === 'defaulted' && optout !== 'optional')) continue;
        }
        output[key] = field;
      }
      if (plan.strict !== undefined) {
        for (const key in record) if (!plan.strict.has(key)) return notValid;
      }
      value = output;
      break;
    }
    case 'boolean':
      if (typeof input !== 'boolean') return notValid;
      break;
    case 'enum':
      if (!plan.values.has(input)) return notValid;
      break;
    case 'leaf': {
      const result = plan.zod.parse({ value: input, issues: [] }, leafContext);
      if (result instanceof Promise || result.issues.length > 0) return notValid;
      break;
    }
    case 'array': {
      // As zod's $ZodArray does: a new array of the parsed items.
      if (!Array.isArray(input)) return notValid;
      const output: unknown[] = new Array(input.length);
      for (let i = 0; i < input.length; i++) {
        const item = walk(plan.item, input[i]);
        if (item === notValid) return notValid;
        output[i] = item;
      }
      value = output;
      break;
    }
    case 'optional':
      // undefined stays undefined.
      if (input !== undefined) value = walk(plan.inner, input);
      break;
    case 'default':
      // undefined, given or parsed, becomes the default (a fresh copy from zod's def each time).
      if (input !== undefined) value = walk(plan.inner, input);
      if (value === undefined) value = plan.def.defaultValue;
      break;
    case 'zod': {
      // zod's own run, in a context of its own as safeParse makes one.
      const result = plan.zod.run({ value: input, issues: [] }, { async: false });
      return result instanceof Promise || result.issues.length > 0 ? notValid : result.value;
    }
  }
  const { checks } = plan;
  if (checks.length === 0 || value === notValid) return value;
  // zod's checks on a value without issues, in order, as zod's runChecks runs them: a check with
  // a `when` runs only when that says so, and a check may rewrite the value (z.trim()). Any
  // issue, or an asynchronous check (which zod's safeParse refuses), leaves the answer to zod.
  const payload: Payload = { value, issues: [] };
  for (let i = 0; i < checks.length; i++) {
    const check = checks[i]!;
    if (check.def.when !== undefined && !check.def.when(payload)) continue;
    if (check.check!(payload) instanceof Promise || payload.issues.length > 0) return notValid;
  }
  return payload.value;
}
