import { expect, type Locator, type Page } from '@playwright/test';

/** Palette items, by their accessible names. */
export type PaletteItemName =
  | 'App container'
  | 'Sidecar'
  | 'Ambassador'
  | 'Adapter'
  | 'Init container'
  | 'Pod'
  | 'Service'
  | 'External service';

export type NodeKind = 'container' | 'pod' | 'service' | 'external';

/** A point inside the canvas, in pixels from its top-left corner. */
export interface CanvasPoint {
  x: number;
  y: number;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** How each kind of node names itself (its aria-label): "Sidecar container tls", "Pod shop", … */
const NAME_PATTERNS: Record<NodeKind, (name: string) => RegExp> = {
  container: (name) => new RegExp(`^(App|Sidecar|Ambassador|Adapter|Init) container ${escape(name)}$`),
  pod: (name) => new RegExp(`^Pod ${escape(name)}$`),
  service: (name) => new RegExp(`^Service ${escape(name)}$`),
  external: (name) => new RegExp(`^External \\w+ ${escape(name)}$`),
};

/**
 * The design canvas and its palette, driven by role and name like a person with a mouse (drags
 * from the palette, handle-to-handle connections, node drags) or a keyboard (palette buttons).
 */
export class CanvasPage {
  readonly palette: Locator;
  /** The React Flow surface, labelled "Canvas". */
  readonly flow: Locator;

  constructor(readonly page: Page) {
    this.palette = page.getByRole('complementary', { name: 'Palette' });
    this.flow = page.getByRole('application', { name: 'Canvas' });
  }

  paletteItem(item: PaletteItemName): Locator {
    return this.palette.getByRole('button', { name: item, exact: true });
  }

  /** A node by the name it shows; pass a kind when names repeat (a pod and its Service, say). */
  node(name: string, kind?: NodeKind): Locator {
    const kinds: NodeKind[] = kind ? [kind] : ['container', 'pod', 'service', 'external'];
    const pattern = new RegExp(kinds.map((k) => NAME_PATTERNS[k](name).source).join('|'));
    return this.flow.getByRole('group', { name: pattern });
  }

  container(name: string): Locator {
    return this.node(name, 'container');
  }

  pod(name: string): Locator {
    return this.node(name, 'pod');
  }

  /** An edge's visible label, e.g. "http · 8080" or "443 → https". */
  edgeLabel(text: string): Locator {
    return this.flow.locator('.pw-edge-label', { hasText: text });
  }

  /** The port chooser that opens when a connection's target has several ports. */
  get portChooser(): Locator {
    return this.page.getByRole('dialog', { name: /^Connect to which port/ });
  }

  /**
   * Drags a palette item onto the canvas with HTML5 drag and drop: onto a node (its centre, or `at`
   * within it), or onto a point of the canvas. The drop goes to the canvas surface at that spot, as a
   * person's would, whatever node is drawn there.
   */
  async dragFromPalette(
    item: PaletteItemName,
    target: Locator | CanvasPoint,
    at?: CanvasPoint,
  ): Promise<void> {
    const flow = await this.boxOf(this.flow);
    let point: CanvasPoint;
    if ('x' in target) {
      point = target;
    } else {
      const box = await this.boxOf(target);
      const inBox = at ?? { x: box.width / 2, y: box.height / 2 };
      point = { x: box.x + inBox.x - flow.x, y: box.y + inBox.y - flow.y };
    }
    await this.paletteItem(item).dragTo(this.flow, { targetPosition: point, force: true });
  }

  /** Adds a palette item the keyboard way: focus it and press Enter. */
  async addWithKeyboard(item: PaletteItemName): Promise<void> {
    await this.paletteItem(item).focus();
    await this.page.keyboard.press('Enter');
  }

  /**
   * Drags from `from`'s outgoing handle to `to`'s incoming handle, with pauses so React Flow sees a
   * real pointer drag. Picks `port` in the chooser when given (the target has several ports).
   */
  async connect(from: Locator, to: Locator, port?: string): Promise<void> {
    const target = to.locator('.react-flow__handle.target:not(.pw-handle-route)');
    const start = await this.centreOf(from.locator('.react-flow__handle.source:not(.pw-handle-route)'));
    const end = await this.centreOf(target);
    await this.page.mouse.move(start.x, start.y);
    await this.page.mouse.down();
    await this.page.mouse.move((start.x + end.x) / 2, (start.y + end.y) / 2, { steps: 8 });
    // Wait for React Flow to see each step, so a busy machine cannot drop the gesture halfway.
    await expect(this.flow.locator('.react-flow__connectionline')).toBeVisible({ timeout: 15_000 });
    await this.page.mouse.move(end.x, end.y, { steps: 8 });
    await expect(target).toHaveClass(/\bconnectingto\b/, { timeout: 15_000 });
    await this.page.mouse.up();
    if (port) await this.choosePort(port);
  }

  async choosePort(port: string): Promise<void> {
    await this.portChooser.getByRole('button', { name: new RegExp(`^${escape(port)}\\b`) }).click();
    await expect(this.portChooser).toBeHidden();
  }

  /**
   * Drags a node by its header (where no handle is) and drops it with the pointer over `target`
   * (another node: a pod to move a container into) or at a point of the canvas.
   */
  async dragNode(node: Locator, target: Locator | CanvasPoint): Promise<void> {
    const box = await this.boxOf(node);
    const grab = { x: box.x + box.width / 2, y: box.y + 14 };
    let drop: CanvasPoint;
    if ('x' in target) {
      const flow = await this.boxOf(this.flow);
      drop = { x: flow.x + target.x, y: flow.y + target.y };
    } else {
      drop = await this.centreOf(target);
    }
    await this.page.mouse.move(grab.x, grab.y);
    await this.page.mouse.down();
    await this.page.mouse.move(grab.x + 10, grab.y + 10, { steps: 4 });
    await this.page.mouse.move(drop.x, drop.y, { steps: 12 });
    await this.page.mouse.up();
  }

  /** Whether `inner` is drawn entirely within `outer` (a container within its pod). */
  async expectInside(inner: Locator, outer: Locator): Promise<void> {
    await expect
      .poll(
        async () => {
          const a = await this.boxOf(inner);
          const b = await this.boxOf(outer);
          return (
            a.x >= b.x && a.y >= b.y && a.x + a.width <= b.x + b.width && a.y + a.height <= b.y + b.height
          );
        },
        { message: 'drawn inside', timeout: 15_000 },
      )
      .toBe(true);
  }

  /** Selected nodes and edges carry React Flow's `selected` class. */
  async expectSelected(target: Locator, selected = true): Promise<void> {
    if (selected) await expect(target).toHaveClass(/\bselected\b/);
    else await expect(target).not.toHaveClass(/\bselected\b/);
  }

  async fitView(): Promise<void> {
    await this.flow.getByRole('button', { name: 'Fit view' }).click();
  }

  private async boxOf(locator: Locator) {
    const box = await locator.boundingBox();
    if (!box) throw new Error(`not visible: ${locator.toString()}`);
    return box;
  }

  /**
   * The centre of `locator` once it has stopped moving: after a fit or a drop the view may still be
   * between two renders, and a press where the node was a moment ago lands on something else.
   */
  private async centreOf(locator: Locator): Promise<CanvasPoint> {
    let box = await this.boxOf(locator);
    for (let tries = 0; tries < 20; tries++) {
      await this.page.evaluate(
        () => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))),
      );
      const next = await this.boxOf(locator);
      const still = next.x === box.x && next.y === box.y && next.width === box.width;
      box = next;
      if (still) break;
    }
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  }
}
