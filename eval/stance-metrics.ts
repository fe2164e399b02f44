// Scores for stance predictions: accuracy, macro-F1 over the labels the gold data uses, and denies P/R/F1
// (the number users feel: a false denial alert costs trust, a missed one is what the product exists to catch).
import type { Stance } from '../src/domain/model.js';

export interface StanceScores {
  n: number;
  accuracy: number;
  macroF1: number;
  deniesP: number;
  deniesR: number;
  deniesF1: number;
}

function prf(gold: readonly Stance[], predicted: readonly Stance[], label: Stance): [number, number, number] {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  gold.forEach((g, i) => {
    const p = predicted[i];
    if (p === label && g === label) tp++;
    else if (p === label) fp++;
    else if (g === label) fn++;
  });
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return [precision, recall, f1];
}

export function scoreStance(gold: readonly Stance[], predicted: readonly Stance[]): StanceScores {
  const labels = [...new Set(gold)];
  const correct = gold.filter((g, i) => g === predicted[i]).length;
  const macroF1 = labels.reduce((sum, l) => sum + prf(gold, predicted, l)[2], 0) / Math.max(1, labels.length);
  const [deniesP, deniesR, deniesF1] = prf(gold, predicted, 'denies');
  return { n: gold.length, accuracy: correct / Math.max(1, gold.length), macroF1, deniesP, deniesR, deniesF1 };
}
