/** Opening, saving and dropping `.podwright.json` files. */
export { designFileName, OPEN_ACCEPT, readDesignText, sizeProblem } from './design-file';
export { useDesignFiles } from './useDesignFiles';
export { useFileDrop } from './useFileDrop';
