import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { COLLECTIONS } from '../../collections/definitions.ts';
import { guideSchema } from '../../schemas/guide.ts';
import { CMS_COLLECTIONS, backendFromEnv, buildCmsConfig, type CollectionSource } from './cms-config.ts';
import { missingFromCms, type CmsField } from './zod-to-fields.ts';

const backend = backendFromEnv({});
const fieldsOf = (collection: { fields?: CmsField[]; files?: { fields: CmsField[] }[] }) =>
  collection.fields ?? collection.files?.[0]?.fields ?? [];

describe('the editor configuration generated from the zod schemas', () => {
  const { config, missingLabels } = buildCmsConfig(backend);

  it('has a collection for every content collection, with the schema the build uses', () => {
    expect(config.collections.map((collection) => collection.name).sort()).toEqual(Object.keys(COLLECTIONS).sort());
    for (const source of CMS_COLLECTIONS)
      expect(source.schema, source.name).toBe(COLLECTIONS[source.name as keyof typeof COLLECTIONS].schema);
  });

  it.each(CMS_COLLECTIONS.map((source) => [source.name, source] as const))(
    '%s offers every field its schema accepts',
    (_name, source) => {
      const collection = config.collections.find((c) => c.name === source.name)!;
      const fields = fieldsOf(collection);
      const missing = source.rootList
        ? missingFromCms(source.schema, fields[0]!.fields!)
        : missingFromCms(source.schema, fields);
      expect(missing).toEqual([]);
    },
  );

  it('names every field in Chinese', () => {
    expect(missingLabels).toEqual([]);
  });

  it('puts Chinese and Tibetan side by side for per-language folders, tags copied across', () => {
    expect(config.i18n).toEqual({ structure: 'multiple_folders', locales: ['zh', 'bo'], default_locale: 'zh' });
    const guides = config.collections.find((c) => c.name === 'guides')!;
    const i18n = Object.fromEntries(fieldsOf(guides).map((field) => [field.name, field.i18n]));
    expect(i18n).toMatchObject({
      title: true,
      body: true,
      audiences: 'duplicate',
      order: 'duplicate',
      sourceHash: true,
    });
    expect(config.collections.find((c) => c.name === 'quizQuestions')).not.toHaveProperty('i18n');
  });

  it('saves to the git host set at build time', () => {
    const gitea = buildCmsConfig(
      backendFromEnv({ CMS_GIT_HOST: 'forgejo', CMS_REPO: 'xiaofang/site', CMS_BASE_URL: 'https://git.example.cn' }),
    );
    expect(gitea.config.backend).toEqual({
      name: 'gitea',
      repo: 'xiaofang/site',
      branch: 'main',
      base_url: 'https://git.example.cn',
      api_root: 'https://git.example.cn/api/v1',
    });
  });
});

describe('when a schema gains a field', () => {
  const grown = guideSchema.extend({ warningLevel: z.number().int().min(1).max(3) });
  const guides = CMS_COLLECTIONS.find((source) => source.name === 'guides')!;

  it('a configuration written for the old schema lacks it, and the check says which', () => {
    const old = fieldsOf(buildCmsConfig(backend, [guides]).config.collections[0]!);
    expect(missingFromCms(grown, old)).toEqual(['warningLevel']);
  });

  it('the generated configuration offers it, and the build refuses it until it has a Chinese label', () => {
    const source: CollectionSource = { ...guides, schema: grown };
    const { config, missingLabels } = buildCmsConfig(backend, [source]);
    expect(missingFromCms(grown, fieldsOf(config.collections[0]!))).toEqual([]);
    expect(missingLabels).toEqual(['guides: warningLevel']);
  });
});
