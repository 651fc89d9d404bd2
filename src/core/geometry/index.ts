/** Where each node of a design sits and how large it is: shared by the canvas, the SVG picture and layout. */
export * from './geometry';
