/**
 * Turns a zod schema into the fields of a CMS collection (Sveltia CMS, Decap-compatible widgets),
 * so the editor offers exactly the fields the build accepts: the zod schemas stay the truth.
 */
import type { z } from 'astro/zod';

/** One field of a CMS collection, as written to config.yml. */
export interface CmsField {
  name: string;
  label: string;
  widget: string;
  required?: boolean;
  default?: unknown;
  hint?: string;
  i18n?: boolean | 'duplicate';
  readonly?: boolean;
  options?: (string | { label: string; value: string })[];
  multiple?: boolean;
  value_type?: 'int' | 'float';
  min?: number;
  max?: number;
  pattern?: [string, string];
  fields?: CmsField[];
  field?: CmsField;
  types?: { name: string; label: string; widget: 'object'; fields: CmsField[] }[];
  typeKey?: string;
  format?: string;
  time_format?: boolean;
  picker_utc?: boolean;
  root?: boolean;
}

export interface FieldContext {
  /** Chinese label of a field name; undefined when the name has none (the build then fails). */
  label: (name: string) => string | undefined;
  /** Called with the dotted path of a field that has no Chinese label. */
  onMissingLabel: (path: string) => void;
  /** Chinese label of an option value (`pastoral` → 农牧区), when it has one. */
  optionLabel?: (field: string, value: string) => string | undefined;
  /** Whether a string field holds sentences (a multi-line box) rather than a short line. */
  isLongText?: (name: string) => boolean;
  /** i18n setting of a top-level field (undefined: the collection is not per-language). */
  i18nOf?: ((name: string) => boolean | 'duplicate' | undefined) | undefined;
}

type Def = { type: string; [key: string]: unknown };
const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** Peels optional, default, nullable and pipes, and says what it found on the way. */
function unwrap(schema: z.ZodType): { inner: z.ZodType; optional: boolean; defaultValue: unknown } {
  let inner = schema;
  let optional = false;
  let defaultValue: unknown;
  for (;;) {
    const def = defOf(inner);
    if (def.type === 'optional' || def.type === 'nullable') optional = true;
    else if (def.type === 'default' || def.type === 'prefault') {
      optional = true;
      defaultValue = def['defaultValue'];
    } else if (def.type === 'pipe') {
      inner = def['in'] as z.ZodType;
      continue;
    } else break;
    inner = def['innerType'] as z.ZodType;
  }
  return { inner, optional, defaultValue };
}

/** Bounds and a pattern from zod's checks (min/max length, regex, number ranges). */
function checksOf(schema: z.ZodType): { min?: number; max?: number; pattern?: [string, string] } {
  const checks = (defOf(schema)['checks'] ?? []) as { _zod: { def: Record<string, unknown> } }[];
  const out: { min?: number; max?: number; pattern?: [string, string] } = {};
  for (const check of checks) {
    const def = check._zod.def;
    if (def['check'] === 'greater_than') out.min = def['value'] as number;
    if (def['check'] === 'less_than') out.max = def['value'] as number;
    if (def['check'] === 'min_length') out.min = def['minimum'] as number;
    if (def['check'] === 'max_length') out.max = def['maximum'] as number;
    if (def['check'] === 'string_format' && def['format'] === 'regex' && def['pattern'] instanceof RegExp)
      out.pattern = [def['pattern'].source, '格式不对，请按提示填写'];
  }
  return out;
}

/** An enum's values; labelled in Chinese where one has a label (then all are objects, as the CMS needs). */
function optionValues(field: string, def: Def, ctx: FieldContext): NonNullable<CmsField['options']> {
  const values = Object.values(def['entries'] as Record<string, string>);
  const labels = values.map((value) => ctx.optionLabel?.(field, value));
  if (!labels.some(Boolean)) return values;
  return values.map((value, i) => ({ label: labels[i] ? `${labels[i]}（${value}）` : value, value }));
}

/** The CMS field for one zod schema under `name`. */
export function fieldOf(name: string, schema: z.ZodType, ctx: FieldContext, path = name): CmsField {
  const { inner, optional, defaultValue } = unwrap(schema);
  const def = defOf(inner);
  const label = ctx.label(name);
  if (!label) ctx.onMissingLabel(path);
  const base: CmsField = { name, label: label ?? name, widget: 'string' };
  if (optional) base.required = false;
  if (defaultValue !== undefined) base.default = defaultValue;
  const bounds = checksOf(inner);

  switch (def.type) {
    case 'string':
      return {
        ...base,
        widget: ctx.isLongText?.(name) ? 'text' : 'string',
        ...(bounds.pattern ? { pattern: bounds.pattern } : {}),
      };
    case 'number': {
      const isInt = ((def['checks'] ?? []) as { _zod: { def: Record<string, unknown> } }[]).some(
        (check) => check._zod.def['format'] === 'safeint' || check._zod.def['check'] === 'number_format',
      );
      return {
        ...base,
        widget: 'number',
        value_type: isInt ? 'int' : 'float',
        ...(bounds.min !== undefined ? { min: bounds.min } : {}),
        ...(bounds.max !== undefined ? { max: bounds.max } : {}),
      };
    }
    case 'boolean':
      return { ...base, widget: 'boolean' };
    case 'date':
      return { ...base, widget: 'datetime', format: 'YYYY-MM-DD', time_format: false, picker_utc: true };
    case 'enum':
      return { ...base, widget: 'select', options: optionValues(name, def, ctx) };
    case 'literal':
      return { ...base, widget: 'hidden', default: (def['values'] as unknown[])[0] };
    case 'object':
      return { ...base, widget: 'object', fields: fieldsOf(inner as z.ZodObject, ctx, path) };
    case 'tuple':
      return {
        ...base,
        widget: 'list',
        field: fieldOf('item', (def['items'] as z.ZodType[])[0]!, { ...ctx, i18nOf: undefined }, `${path}[]`),
        min: (def['items'] as unknown[]).length,
        max: (def['items'] as unknown[]).length,
      };
    case 'array': {
      const element = unwrap(def['element'] as z.ZodType).inner;
      const elementDef = defOf(element);
      const listBounds = {
        ...(bounds.min !== undefined ? { min: bounds.min } : {}),
        ...(bounds.max !== undefined ? { max: bounds.max } : {}),
      };
      if (elementDef.type === 'enum')
        return {
          ...base,
          widget: 'select',
          multiple: true,
          options: optionValues(name, elementDef, ctx),
          ...listBounds,
        };
      if (elementDef.type === 'object')
        return { ...base, widget: 'list', fields: fieldsOf(element as z.ZodObject, ctx, `${path}[]`), ...listBounds };
      if (elementDef.type === 'union' && typeof elementDef['discriminator'] === 'string')
        return { ...base, widget: 'list', ...variantsOf(element, ctx, `${path}[]`), ...listBounds };
      const item = fieldOf(name, element, { ...ctx, i18nOf: undefined, label: () => label ?? name }, `${path}[]`);
      return { ...base, widget: 'list', field: item, ...listBounds };
    }
    case 'union':
      if (typeof def['discriminator'] === 'string')
        return { ...base, widget: 'object', ...variantsOf(inner, ctx, path) };
      throw new Error(
        `cms-config: ${path}: a union without a discriminator has no CMS widget. Fix: use z.discriminatedUnion`,
      );
    default:
      throw new Error(
        `cms-config: ${path}: zod type "${def.type}" has no CMS widget. Fix: map it in src/lib/cms/zod-to-fields.ts`,
      );
  }
}

/** A discriminated union: one CMS "type" per variant, told apart by the discriminator key. */
function variantsOf(schema: z.ZodType, ctx: FieldContext, path: string) {
  const def = defOf(schema);
  const key = def['discriminator'] as string;
  const types = (def['options'] as z.ZodObject[]).map((option) => {
    const value = String((defOf(option.shape[key] as z.ZodType)['values'] as unknown[])[0]);
    const shape = Object.fromEntries(Object.entries(option.shape).filter(([name]) => name !== key));
    return {
      name: value,
      label: ctx.label(`${key}:${value}`) ?? (ctx.onMissingLabel(`${path}.${key}:${value}`), value),
      widget: 'object' as const,
      fields: Object.entries(shape).map(([name, field]) =>
        fieldOf(name, field as z.ZodType, { ...ctx, i18nOf: undefined }, `${path}.${name}`),
      ),
    };
  });
  return { typeKey: key, types };
}

/** The fields of an object schema, in the schema's order. */
export function fieldsOf(schema: z.ZodObject, ctx: FieldContext, path = ''): CmsField[] {
  return Object.entries(schema.shape).map(([name, field]) => {
    const cms = fieldOf(name, field as z.ZodType, { ...ctx, i18nOf: undefined }, path ? `${path}.${name}` : name);
    const i18n = ctx.i18nOf?.(name);
    return i18n === undefined ? cms : { ...cms, i18n };
  });
}

/**
 * Every field path a schema accepts (`sources[].article`, `prompt.zh`…), the list the coverage
 * test compares with the generated CMS configuration.
 */
export function schemaPaths(schema: z.ZodType, prefix = ''): string[] {
  const { inner } = unwrap(schema);
  const def = defOf(inner);
  if (def.type === 'object')
    return Object.entries((inner as z.ZodObject).shape).flatMap(([name, field]) => {
      const path = prefix ? `${prefix}.${name}` : name;
      return [path, ...schemaPaths(field as z.ZodType, path)];
    });
  if (def.type === 'array') return schemaPaths(def['element'] as z.ZodType, `${prefix}[]`);
  if (def.type === 'union')
    return [
      ...new Set(
        (def['options'] as z.ZodType[]).flatMap((option) =>
          schemaPaths(option, prefix).filter(
            (path) => !path.endsWith(`.${String(def['discriminator'])}`) && path !== def['discriminator'],
          ),
        ),
      ),
    ];
  return [];
}

/** Every field path a CMS field list offers, in the same notation as `schemaPaths`. */
export function cmsPaths(fields: CmsField[], prefix = ''): string[] {
  return fields.flatMap((field) => {
    const path = prefix ? `${prefix}.${field.name}` : field.name;
    const inList = field.widget === 'list' ? `${path}[]` : path;
    const nested = [
      ...(field.fields ? cmsPaths(field.fields, inList) : []),
      ...(field.types ?? []).flatMap((type) => cmsPaths(type.fields, inList)),
      ...(field.field?.fields ? cmsPaths(field.field.fields, inList) : []),
    ];
    return [path, ...new Set(nested)];
  });
}

/** Schema fields the CMS fields do not offer: a non-empty list means an editor could never set them. */
export function missingFromCms(schema: z.ZodType, fields: CmsField[], prefix = ''): string[] {
  const offered = new Set(cmsPaths(fields));
  return schemaPaths(schema, prefix).filter((path) => !offered.has(path));
}
