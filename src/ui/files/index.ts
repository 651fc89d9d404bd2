/** Opening and saving `.podwright.json` files, and taking files dropped on the window. */
export { designFileName, OPEN_ACCEPT, readDesignText, sizeProblem } from './design-file';
export { useDesignFiles } from './useDesignFiles';
export { useFileDrop } from './useFileDrop';
