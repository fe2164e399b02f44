// Loads the stance datasets in ../shared/eval as (claim, title, body, language, gold stance) rows, mapping
// each dataset's labels onto ours (README there). Every dataset gives one text per row, placed as a headline or
// a body by its length exactly as the CLI the held-out splits are scored through places it (stance asItem).
// Splits: the published train/dev where they exist; Emergent and FNC-ARC have no dev split here, so 1 in 5
// claims (Emergent) or bodies (ARC) is held back by a fixed hash.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Stance } from '../src/domain/model.js';
import { asItem } from '../src/domain/stance/index.js';

export const EVAL_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../shared/eval');
export const hasEvalData = () => existsSync(EVAL_ROOT);

export interface StanceRow {
  claim: string;
  title: string;
  body: string;
  language: 'en' | 'fa' | 'ar';
  gold: Stance;
}

export interface StanceSplit {
  dataset: string;
  split: 'train' | 'dev';
  rows: StanceRow[];
}

/** RFC 4180 CSV (quoted fields may hold commas, quotes and newlines) into header-keyed records. */
export function parseCsv(text: string): Record<string, string>[] {
  const records: string[][] = [];
  let record: string[] = [];
  let i = 0;
  while (i <= text.length) {
    let field: string;
    if (text[i] === '"') {
      let end = text.indexOf('"', i + 1);
      while (end >= 0 && text[end + 1] === '"') end = text.indexOf('"', end + 2);
      if (end < 0) end = text.length;
      field = text.slice(i + 1, end).replaceAll('""', '"');
      i = end + 1;
    } else {
      const m = /[,\r\n]/g;
      m.lastIndex = i;
      const hit = m.exec(text);
      const end = hit ? hit.index : text.length;
      field = text.slice(i, end);
      i = end;
    }
    record.push(field);
    if (text[i] === ',') i++;
    else {
      records.push(record);
      record = [];
      if (text[i] === '\r' && text[i + 1] === '\n') i++;
      i++;
    }
  }
  const [header = [], ...rows] = records;
  return rows.filter((r) => r.length > 1).map((r) => Object.fromEntries(header.map((h, j) => [h, r[j] ?? ''])));
}

const read = (rel: string) => parseCsv(readFileSync(path.join(EVAL_ROOT, rel), 'utf8'));
const FNC_LABELS: Record<string, Stance> = { agree: 'asserts', disagree: 'denies', discuss: 'reports', unrelated: 'unrelated' };
const EMERGENT_LABELS: Record<string, Stance> = { for: 'asserts', against: 'denies', observing: 'reports' };
const FAREX_LABELS: Record<string, Stance> = { '0': 'denies', '1': 'asserts', '2': 'reports', '3': 'unrelated' };
const ANS_LABELS: Record<string, Stance> = { agree: 'asserts', disagree: 'denies', other: 'unrelated' };

/** A stable fold 0-4 of a key, independent of row order. */
export function foldOf(key: string): number {
  let h = 2166136261;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 16777619);
  return (h >>> 0) % 5;
}

/** A stable 1-in-5 pick (fold 0). */
const heldBack = (key: string) => foldOf(key) === 0;

function label(map: Record<string, Stance>, value: string | undefined): Stance {
  const stance = map[value ?? ''];
  if (!stance) throw new Error(`unknown label ${value}`);
  return stance;
}

/** Emergent train rows with a stable fold (0-4) per claim; fold 0 is the dev split. */
export function emergentFolds(): { fold: number; row: StanceRow }[] {
  return read('emergent/url-versions-2015-06-14-clean-train.csv').map((r) => ({
    fold: foldOf(r.claimId ?? ''),
    row: { claim: r.claimHeadline ?? '', ...asItem(r.articleHeadline ?? ''), language: 'en' as const, gold: label(EMERGENT_LABELS, r.articleHeadlineStance) },
  }));
}

export function emergent(): StanceSplit[] {
  const rows = emergentFolds();
  return [
    { dataset: 'emergent', split: 'train', rows: rows.filter((r) => r.fold !== 0).map((r) => r.row) },
    { dataset: 'emergent', split: 'dev', rows: rows.filter((r) => r.fold === 0).map((r) => r.row) },
  ];
}

function headlineBodyPairs(stancesFile: string, bodiesFile: string): { bodyId: string; row: StanceRow }[] {
  const bodies = new Map(read(bodiesFile).map((b) => [b['Body ID'] ?? '', b.articleBody ?? '']));
  return read(stancesFile).map((r) => ({
    bodyId: r['Body ID'] ?? '',
    row: { claim: r.Headline ?? '', ...asItem(bodies.get(r['Body ID'] ?? '') ?? ''), language: 'en' as const, gold: label(FNC_LABELS, r.Stance) },
  }));
}

function fnc1Pairs(): { bodyId: string; dev: boolean; row: StanceRow }[] {
  const holdOut = new Set(readFileSync(path.join(EVAL_ROOT, 'fnc-1/hold_out_ids.txt'), 'utf8').split(/\s+/).filter(Boolean));
  return headlineBodyPairs('fnc-1/train_stances.csv', 'fnc-1/train_bodies.csv').map((p) => ({ ...p, dev: holdOut.has(p.bodyId) }));
}

export function fnc1(): StanceSplit[] {
  const pairs = fnc1Pairs();
  return [
    { dataset: 'fnc-1', split: 'train', rows: pairs.filter((p) => !p.dev).map((p) => p.row) },
    { dataset: 'fnc-1', split: 'dev', rows: pairs.filter((p) => p.dev).map((p) => p.row) },
  ];
}

/** FNC-1 train rows (in train-split order) with a stable fold (0-4) per body, so one article never straddles folds. */
export function fnc1Folds(): { fold: number; row: StanceRow }[] {
  return fnc1Pairs().filter((p) => !p.dev).map((p) => ({ fold: foldOf(p.bodyId), row: p.row }));
}

export function fncArc(): StanceSplit[] {
  const pairs = headlineBodyPairs('fnc-arc/arc_stances_train.csv', 'fnc-arc/arc_bodies.csv');
  return [
    { dataset: 'fnc-arc', split: 'train', rows: pairs.filter((p) => !heldBack(p.bodyId)).map((p) => p.row) },
    { dataset: 'fnc-arc', split: 'dev', rows: pairs.filter((p) => heldBack(p.bodyId)).map((p) => p.row) },
  ];
}

export function farExStance(): StanceSplit[] {
  const h2c = (split: 'train' | 'dev'): StanceSplit => ({
    dataset: 'farexstance-h2c',
    split,
    rows: read(`farexstance-persian/h2c/${split}.csv`).map((r) => ({
      claim: r.claim ?? '', ...asItem(r.news_title ?? ''), language: 'fa', gold: label(FAREX_LABELS, r.stance),
    })),
  });
  const b2c: StanceSplit = {
    dataset: 'farexstance-b2c',
    split: 'dev',
    rows: read('farexstance-persian/b2c/dev.csv').map((r) => ({
      claim: r.claim ?? '', ...asItem(r.content ?? ''), language: 'fa', gold: label(FAREX_LABELS, r.stance),
    })),
  };
  return [h2c('train'), h2c('dev'), b2c];
}

export function ansArabic(): StanceSplit[] {
  return (['train', 'dev'] as const).map((split) => ({
    dataset: 'ans-arabic',
    split,
    rows: read(`ans-arabic/stance/${split}.csv`).map((r) => ({
      claim: r.s1 ?? '', ...asItem(r.s2 ?? ''), language: 'ar' as const, gold: label(ANS_LABELS, r.stance),
    })),
  }));
}

export function allStanceSplits(): StanceSplit[] {
  return [...emergent(), ...fnc1(), ...fncArc(), ...farExStance(), ...ansArabic()];
}
