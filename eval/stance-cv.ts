// Grouped-by-claim 5-fold cross-validation of the stance classifier on Emergent (train + dev fold): each fold's
// claims are held out while the model is fitted, as train-stance.ts does, on every other dataset's train split
// plus the other four folds. Fold 0 is the dev split, so its figure equals `npm run eval`'s Emergent dev.
// Tells how far one fold's accuracy can be trusted, and lets settings be chosen without looking at dev.
// Run: npx tsx eval/stance-cv.ts   (about 2.5 min)
// Overrides for experiments (JSON): STANCE_CV='{"fit":{"l2":1e-3},"sampling":{"classBalance":0.5}}'
import { STANCES, type Stance } from '../src/domain/model.js';
import { allStanceSplits, emergentFolds, hasEvalData } from './stance-datasets.js';
import { scoreStance, type StanceScores } from './stance-metrics.js';
import { datasetExamples, fit, FIT, SAMPLING, scoresOf, type FitOptions, type SampleOptions } from './stance-trainer.js';

const FOLDS = 5;
const LABELS: readonly Stance[] = ['asserts', 'denies', 'reports'];

function overrides(): { fit: FitOptions; sampling: SampleOptions } {
  const given = JSON.parse(process.env.STANCE_CV ?? '{}') as { fit?: Partial<FitOptions>; sampling?: Partial<SampleOptions> };
  return { fit: { ...FIT, ...given.fit }, sampling: { ...SAMPLING, ...given.sampling } };
}

const summary = (xs: readonly number[]) => {
  const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
  const sd = Math.sqrt(xs.reduce((a, b) => a + (b - mean) ** 2, 0) / Math.max(1, xs.length - 1));
  return `mean ${mean.toFixed(3)}  min ${Math.min(...xs).toFixed(3)}  max ${Math.max(...xs).toFixed(3)}  sd ${sd.toFixed(3)}`;
};

if (!hasEvalData()) {
  console.log('stance-cv: ../shared/eval is absent; nothing to cross-validate.');
} else {
  const { fit: fitOptions, sampling } = overrides();
  const started = Date.now();
  const others = allStanceSplits()
    .filter((s) => s.split === 'train' && s.dataset !== 'emergent')
    .flatMap((s) => datasetExamples(s.dataset, s.rows, fitOptions.buckets, sampling));
  const emergent = emergentFolds();
  console.log(`stance-cv: ${others.length} other examples featurised in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  const perFold: StanceScores[] = [];
  const confusion = LABELS.map(() => LABELS.map(() => 0));
  for (let fold = 0; fold < FOLDS; fold++) {
    const train = emergent.filter((r) => r.fold !== fold).map((r) => r.row);
    const test = emergent.filter((r) => r.fold === fold).map((r) => r.row);
    const weights = fit([...others, ...datasetExamples('emergent', train, fitOptions.buckets, sampling)], fitOptions);
    const gold = test.map((r) => r.gold);
    const predicted = datasetExamples('emergent', test, fitOptions.buckets, sampling).map((e) => {
      const s = scoresOf(weights, e);
      return STANCES[s.indexOf(Math.max(...s))]!;
    });
    gold.forEach((g, i) => {
      const [gi, pi] = [LABELS.indexOf(g), LABELS.indexOf(predicted[i]!)];
      if (gi >= 0 && pi >= 0) confusion[gi]![pi]!++;
    });
    const s = scoreStance(gold, predicted);
    perFold.push(s);
    console.log(`fold ${fold}${fold === 0 ? ' (dev)' : ''}: n ${s.n}  accuracy ${s.accuracy.toFixed(3)}  macroF1 ${s.macroF1.toFixed(3)}  deniesF1 ${s.deniesF1.toFixed(3)}`);
  }
  console.log(`accuracy  ${summary(perFold.map((s) => s.accuracy))}`);
  console.log(`macroF1   ${summary(perFold.map((s) => s.macroF1))}`);
  console.log(`deniesF1  ${summary(perFold.map((s) => s.deniesF1))}`);
  console.log(`confusion (rows gold, columns predicted; ${LABELS.join(' / ')}):`);
  LABELS.forEach((g, i) => console.log(`  ${g.padEnd(8)} ${confusion[i]!.map((n) => String(n).padStart(5)).join('')}`));
  console.log(`stance-cv: done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
