/**
 * The public entry of Podwright's pure core. The UI and the CLI import from here only.
 */
export * from './model/types';
export * from './model/change-types';
export * from './model/names';
export * from './model/ids';
export * from './model/factories';
export * from './model/queries';
export * from './model/changes';
export * from './model/integrity';
export * from './model/parse';
export * from './model/migrations';
export { positionAt } from './model/locate';
export * from './model/clipboard';
export { sampleDesign } from './templates/sample';
export * from './rules';
export * from './import';
export { reconcileDesign, type ReconcileOptions } from './import/reconcile';
export * from './layout';
export * from './export';
export * from './templates';
export * from './export/docs';
export * from './patterns';
export * from './share';
export * from './render-svg';
