// The claim and the two feed items every platform's end-to-end flow uses: one unrelated, one matching.
export const FLOW_CLAIM = 'Iran promised the US it would not retaliate against Israel in exchange for a Gaza ceasefire';
export const FLOW_UNRELATED = { guid: 'u1', title: 'Football results from the weekend', description: 'Scores and tables.' };
export const FLOW_MATCHING = {
  guid: 'm1',
  title: 'Iran promised the US it would not retaliate against Israel for a Gaza ceasefire, report says',
  description: 'A report says Iran promised the United States not to retaliate against Israel in exchange for a ceasefire in Gaza.',
};
