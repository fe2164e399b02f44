// Grouped 5-fold cross-validation of the stance classifier on Emergent (train + dev fold, grouped by claim) and
// FNC-1 train (grouped by article body, the dev bodies left out). Fold k holds out Emergent fold k and FNC-1
// fold k together while the model is fitted, as train-stance.ts does, on every other dataset's train split plus
// the other four folds of both. Emergent fold 0 is its dev split, so that figure equals `npm run eval`'s.
// Tells how far one fold's figures can be trusted, and lets settings be chosen without looking at dev.
// Run: npx tsx eval/stance-cv.ts   (about 6 min per setting on 2 cores)
// Settings to compare (JSON, one object or a list; each is merged over FIT and SAMPLING), all on one featurisation:
//   STANCE_CV='[{"fit":{"l2":1e-3}},{"sampling":{"classBalance":0.5}}]'
// Extra shifts of the bodies' denies score (on top of the setting's deniesBodyShift) to score each fitted fold
// under, at no refit: STANCE_CV_SHIFTS='[-0.1,0.1]'
import { STANCES, type Stance } from '../src/domain/model.js';
import { allStanceSplits, emergentFolds, fnc1Folds, hasEvalData, type StanceRow } from './stance-datasets.js';
import { scoreStance, type StanceScores } from './stance-metrics.js';
import { featurise, fit, FIT, SAMPLING, scoresOf, shiftDenies, weigh, type Featurised, type FitOptions, type SampleOptions } from './stance-trainer.js';

const FOLDS = 5;
const CROSS_VALIDATED = ['emergent', 'fnc-1'] as const;

interface Setting {
  fit: FitOptions;
  sampling: SampleOptions;
}

function settings(): Setting[] {
  type Given = { fit?: Partial<FitOptions>; sampling?: Partial<SampleOptions> };
  const parsed = JSON.parse(process.env.STANCE_CV ?? '{}') as Given | Given[];
  return (Array.isArray(parsed) ? parsed : [parsed]).map((g) => ({ fit: { ...FIT, ...g.fit }, sampling: { ...SAMPLING, ...g.sampling } }));
}

const summary = (xs: readonly number[]) => {
  const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
  return `mean ${mean.toFixed(3)} min ${Math.min(...xs).toFixed(3)}`;
};

interface FoldedSet {
  dataset: string;
  rows: Featurised[];
  folds: number[];
  gold: Stance[];
}

function folded(dataset: string, rows: { fold: number; row: StanceRow }[], buckets: number): FoldedSet {
  return { dataset, rows: featurise(rows.map((r) => r.row), buckets), folds: rows.map((r) => r.fold), gold: rows.map((r) => r.row.gold) };
}

function report(dataset: string, perFold: StanceScores[]): void {
  const line = (name: keyof StanceScores) => `${name} ${summary(perFold.map((s) => s[name]))}`;
  console.log(`  ${dataset.padEnd(8)} ${['accuracy', 'macroF1', 'deniesP', 'deniesR', 'deniesF1'].map((n) => line(n as keyof StanceScores)).join(' | ')}`);
  console.log(`  ${''.padEnd(8)} per fold accuracy ${perFold.map((s) => s.accuracy.toFixed(3)).join(' ')}  deniesF1 ${perFold.map((s) => s.deniesF1.toFixed(3)).join(' ')}`);
}

function crossValidate(setting: Setting, others: { dataset: string; rows: Featurised[] }[], sets: FoldedSet[], shifts: number[]): void {
  const fixed = others.flatMap((o) => weigh(o.dataset, o.rows, setting.sampling));
  const perFold = shifts.map(() => new Map(sets.map((s) => [s.dataset, [] as StanceScores[]])));
  for (let fold = 0; fold < FOLDS; fold++) {
    const train = sets.flatMap((s) => weigh(s.dataset, s.rows.filter((_, i) => s.folds[i] !== fold), setting.sampling));
    const fitted = fit([...fixed, ...train], setting.fit);
    shifts.forEach((shift, k) => {
      const weights = shift === 0 ? fitted : shiftDenies(fitted, shift);
      for (const s of sets) {
        const held = s.rows.flatMap((r, i) => (s.folds[i] === fold ? [i] : []));
        const predicted = held.map((i) => {
          const scores = scoresOf(weights, { ...s.rows[i]!, weight: 1 });
          return STANCES[scores.indexOf(Math.max(...scores))]!;
        });
        perFold[k]!.get(s.dataset)!.push(scoreStance(held.map((i) => s.gold[i]!), predicted));
      }
    });
  }
  shifts.forEach((shift, k) => {
    console.log(`${JSON.stringify(setting)}${shift === 0 ? '' : ` + deniesBodyShift ${shift}`}`);
    for (const [dataset, scores] of perFold[k]!) report(dataset, scores);
  });
}

if (!hasEvalData()) {
  console.log('stance-cv: ../shared/eval is absent; nothing to cross-validate.');
} else {
  const all = settings();
  const buckets = all[0]!.fit.buckets;
  if (all.some((s) => s.fit.buckets !== buckets)) throw new Error('stance-cv: one bucket count per run (it fixes the features)');
  const started = Date.now();
  const others = allStanceSplits()
    .filter((s) => s.split === 'train' && !(CROSS_VALIDATED as readonly string[]).includes(s.dataset))
    .map((s) => ({ dataset: s.dataset, rows: featurise(s.rows, buckets) }));
  const sets = [folded('emergent', emergentFolds(), buckets), folded('fnc-1', fnc1Folds(), buckets)];
  console.log(`stance-cv: featurised in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  const shifts = [0, ...(JSON.parse(process.env.STANCE_CV_SHIFTS ?? '[]') as number[])];
  for (const setting of all) crossValidate(setting, others, sets, shifts);
  console.log(`stance-cv: done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
