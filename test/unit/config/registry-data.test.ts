// The shipped registries in config/ (outlets, actors, example claims): they parse with the domain's schemas and
// keep the promises the rest of the product relies on (unique ids and aliases, required outlets, honest labels).
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ClaimSeedSchema } from '../../../src/config/files.js';
import { registryFeeds } from '../../../src/domain/feeds.js';
import { ActorSchema, SourceSchema, type Source } from '../../../src/domain/model.js';

function loadConfig<T>(name: string, schema: z.ZodType<T>): T {
  const text = readFileSync(new URL(`../../../config/${name}`, import.meta.url), 'utf8');
  return schema.parse(parseYaml(text));
}

const { sources } = loadConfig('sources.yaml', z.object({ sources: z.array(SourceSchema) }));
const { actors } = loadConfig('actors.yaml', z.object({ actors: z.array(ActorSchema) }));
const { claims } = loadConfig('claims.example.yaml', z.object({ claims: z.array(ClaimSeedSchema) }));

const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;

function duplicates(values: string[]): string[] {
  return [...new Set(values.filter((v, i) => values.indexOf(v) !== i))];
}

/** How a name is compared when resolving "according to X": case and Unicode form do not count. */
function nameKey(name: string): string {
  return name.normalize('NFKC').toLowerCase().trim();
}

function source(id: string): Source {
  const found = sources.find((s) => s.id === id);
  if (!found) throw new Error(`config/sources.yaml has no outlet "${id}"`);
  return found;
}

describe('config/sources.yaml', () => {
  it('lists at least 40 outlets with unique kebab-case ids', () => {
    expect(sources.length).toBeGreaterThanOrEqual(40);
    expect(duplicates(sources.map((s) => s.id))).toEqual([]);
    expect(sources.map((s) => s.id).filter((id) => !KEBAB.test(id))).toEqual([]);
  });

  it('includes every outlet the product and the scenario need', () => {
    const required = [
      'iran-international', 'tasnim', 'irna', 'fars', 'mehr', 'isna', 'ilna', 'press-tv', 'kayhan', 'tehran-times',
      'bbc-persian', 'radio-farda', 'al-jazeera', 'al-arabiya', 'al-mayadeen', 'times-of-israel', 'jerusalem-post',
      'haaretz', 'lorient-le-jour', 'associated-press', 'reuters', 'afp', 'free-beacon', 'jadeh-iran', 'shahre-khabar',
    ];
    expect(required.filter((id) => !sources.some((s) => s.id === id))).toEqual([]);
  });

  it('labels the scenario outlets as the research notes do', () => {
    expect(source('tasnim')).toMatchObject({ label: 'IRGC-affiliated', labelNote: 'semi-official' });
    expect(source('iran-international').label).toBe('opposition/diaspora');
    expect(source('iran-international').labelNote).toMatch(/reported Saudi funding/);
    expect(source('ilna').label).toBe('semi-official');
    expect(source('free-beacon').label).toBe('private');
    expect(source('times-of-israel').label).toBe('private');
    expect(source('jadeh-iran')).toMatchObject({ label: 'unresolved', feeds: [] });
  });

  it('gives Tasnim a Persian and an English feed, so the app derives tasnim-fa and tasnim-en', () => {
    const feedIds = registryFeeds([source('tasnim')]).map((f) => f.id);
    expect(feedIds).toEqual(expect.arrayContaining(['tasnim-fa', 'tasnim-en']));
  });

  it('resolves the names outlets are cited by, in Latin and native script', () => {
    const byName = new Map(sources.flatMap((s) => [s.name, ...s.aliases].map((n) => [nameKey(n), s.id] as const)));
    expect(byName.get(nameKey('Tasnim'))).toBe('tasnim');
    expect(byName.get(nameKey('خبرگزاری تسنیم'))).toBe('tasnim');
    expect(byName.get(nameKey('ILNA'))).toBe('ilna');
    expect(byName.get(nameKey('Jadeh Iran'))).toBe('jadeh-iran');
    expect(byName.get(nameKey('Shahre Khabar'))).toBe('shahre-khabar');
  });

  it('never lets one name point at two outlets', () => {
    const owners = new Map<string, Set<string>>();
    for (const s of sources) {
      for (const n of [s.name, ...s.aliases]) owners.set(nameKey(n), (owners.get(nameKey(n)) ?? new Set()).add(s.id));
    }
    expect([...owners].filter(([, ids]) => ids.size > 1).map(([n, ids]) => `${n}: ${[...ids].join(', ')}`)).toEqual([]);
  });

  it('backs every label with a basis and at least one citation', () => {
    const unbacked = sources.filter((s) => s.basis.trim().length < 10 || s.citations.length === 0);
    expect(unbacked.map((s) => s.id)).toEqual([]);
  });

  it('does not firm up low-confidence labels: they are unresolved or say "reported"', () => {
    const firm = sources.filter((s) => s.confidence === 'low' && s.label !== 'unresolved' && !/\breported\b/.test(s.labelNote ?? ''));
    expect(firm.map((s) => s.id)).toEqual([]);
  });

  it('has no feed URL twice and derives unique feed ids', () => {
    const urls = sources.flatMap((s) => s.feeds.map((f) => f.url));
    expect(duplicates(urls)).toEqual([]);
    const ids = registryFeeds(sources).map((f) => f.id);
    expect(ids).toHaveLength(urls.length);
    expect(duplicates(ids)).toEqual([]);
  });

  it('only polls feeds in a language the outlet publishes in', () => {
    const strays = sources.flatMap((s) => s.feeds.filter((f) => !s.languages.includes(f.language)).map((f) => `${s.id}: ${f.url}`));
    expect(strays).toEqual([]);
  });

  it('writes domains as bare host names', () => {
    const bad = sources.flatMap((s) => s.domains.filter((d) => !/^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(d)).map((d) => `${s.id}: ${d}`));
    expect(bad).toEqual([]);
  });
});

describe('config/actors.yaml', () => {
  it('lists at least 30 actors with unique kebab-case ids and no tenant', () => {
    expect(actors.length).toBeGreaterThanOrEqual(30);
    expect(duplicates(actors.map((a) => a.id))).toEqual([]);
    expect(actors.map((a) => a.id).filter((id) => !KEBAB.test(id))).toEqual([]);
    expect(actors.filter((a) => a.tenant !== undefined).map((a) => a.id)).toEqual([]);
  });

  it('includes the actors of this domain', () => {
    const required = [
      'irgc', 'quds-force', 'irgc-aerospace-force', 'ali-khamenei', 'qassem-soleimani', 'amir-ali-hajizadeh',
      'abbas-araghchi', 'hossein-amir-abdollahian', 'ebrahim-raisi', 'masoud-pezeshkian', 'esmail-qaani',
      'mohammad-bagheri', 'hossein-salami', 'mohammad-javad-zarif', 'white-house', 'john-kirby', 'joe-biden',
      'antony-blinken', 'donald-trump', 'benjamin-netanyahu', 'yoav-gallant', 'idf', 'mossad', 'hamas',
      'ismail-haniyeh', 'yahya-sinwar', 'hezbollah', 'hassan-nasrallah', 'houthis', 'government-of-qatar',
      'government-of-egypt', 'government-of-iran', 'government-of-israel', 'us-state-department', 'pentagon',
    ];
    expect(required.filter((id) => !actors.some((a) => a.id === id))).toEqual([]);
  });

  it('writes Hajizadeh in Persian with its zero-width non-joiner and in Arabic letters', () => {
    const aliases = actors.find((a) => a.id === 'amir-ali-hajizadeh')?.aliases ?? [];
    expect(aliases).toContain('حاجی\u200cزاده');
    expect(aliases.some((a) => a.includes('حاجي'))).toBe(true);
  });

  it('never lets one name point at two actors', () => {
    const owners = new Map<string, Set<string>>();
    for (const a of actors) {
      for (const n of [a.name, ...a.aliases]) owners.set(nameKey(n), (owners.get(nameKey(n)) ?? new Set()).add(a.id));
    }
    expect([...owners].filter(([, ids]) => ids.size > 1).map(([n, ids]) => `${n}: ${[...ids].join(', ')}`)).toEqual([]);
  });
});

describe('config/claims.example.yaml', () => {
  it('has the scenario claims and unique ids', () => {
    const ids = claims.map((c) => c.id);
    expect(ids).toEqual(expect.arrayContaining(['restraint-for-ceasefire', 'us-written-message', 'us-joins-retaliation']));
    expect(duplicates(ids)).toEqual([]);
  });

  it('only names actors that config/actors.yaml defines', () => {
    const known = new Set(actors.map((a) => a.id));
    const missing = claims.flatMap((c) => c.actors.filter((id) => !known.has(id)).map((id) => `${c.id}: ${id}`));
    expect(missing).toEqual([]);
  });
});
