import type { TemplateMeta } from '../../core';
import type { PodwrightStore } from '../../store';

/**
 * Replaces the design with a fresh copy of a template: one undo step, like New, and said so. The
 * canvas fits the view by itself when a whole design is replaced (useFitOnReplace).
 */
export function startFromTemplate(store: PodwrightStore, template: TemplateMeta): void {
  store.getState().replaceDesign(template.design());
  store
    .getState()
    .notify('info', `Started from the template “${template.title}”. Undo brings back the previous design.`);
}
