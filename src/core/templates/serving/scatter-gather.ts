import type { TemplateMeta } from '../types';
import { scatterGatherDesign } from './scatter-gather.design';

export const scatterGather: TemplateMeta = {
  id: 'scatter-gather',
  title: 'Scatter/gather search',
  family: 'serving',
  summary: 'A replicated root sends each query to three index leaves in parallel and merges their answers.',
  explanation: {
    pattern:
      'A root fans each request out to every leaf at once; each leaf works on its own part of the problem (here, a third of the search index) and the root merges the partial answers into one. The leaves are a StatefulSet behind a headless Service, so the root can address each one by name.',
    whenToUse:
      'A request splits into independent parts that can run side by side, such as a query over a sharded index, and answering faster matters more than the total work done.',
    tradeOffs:
      'The answer is as slow as the slowest leaf, and every leaf added is one more chance of a straggler; each request costs work on every leaf. The root has to decide what to do when a leaf is late or gone: wait, retry, or answer with partial results.',
    source: 'Designing Distributed Systems (Brendan Burns, O’Reilly 2018), chapter 7, “Scatter/Gather”.',
  },
  design: scatterGatherDesign,
};
