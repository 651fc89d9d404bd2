/** Documentation exports: the design as Markdown with a Mermaid diagram, and per-container OCI labels. */
export { exportMarkdown } from './markdown';
export { mermaidFlowchart } from './mermaid';
export { containerLabels, type ContainerLabels } from './oci-labels';
