import { describe, expect, it, vi } from 'vitest';
import { startWorkerClient } from './worker-client';

interface Request {
  id: number;
  n: number;
}
interface Response {
  id: number;
  doubled: number;
}

/** A stand-in for a Worker: records what is posted, and lets the test answer or fail. */
class FakeWorker {
  posted: unknown[] = [];
  terminated = false;
  onmessage: ((event: MessageEvent<Response>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  postMessage(message: unknown) {
    this.posted.push(message);
  }
  terminate() {
    this.terminated = true;
  }
  answer(response: Response) {
    this.onmessage?.({ data: response } as MessageEvent<Response>);
  }
  fail() {
    this.onerror?.({ preventDefault() {}, message: 'boom' } as unknown as ErrorEvent);
  }
}

const double = (request: Request, reply: (response: Response) => void) =>
  reply({ id: request.id, doubled: request.n * 2 });
const nextTask = () => new Promise((done) => setTimeout(done, 0));

function setUp(start: () => Worker) {
  const received: Response[] = [];
  const client = startWorkerClient<Request, Response>({
    job: 'doubling',
    start,
    encode: (request) => ({ ...request, encoded: true }),
    runInline: double,
    receive: (response) => received.push(response),
  });
  return { client, received };
}

describe('the worker client', () => {
  it('posts encoded requests to the worker and hands on its answers', () => {
    const worker = new FakeWorker();
    const { client, received } = setUp(() => worker as unknown as Worker);
    client.send({ id: 1, n: 2 });
    expect(worker.posted).toEqual([{ id: 1, n: 2, encoded: true }]);
    worker.answer({ id: 1, doubled: 4 });
    expect(received).toEqual([{ id: 1, doubled: 4 }]);
  });

  it('does the job in the page, a task later, when no worker can start', async () => {
    const { client, received } = setUp(() => {
      throw new Error('no workers here');
    });
    client.send({ id: 1, n: 3 });
    expect(received).toEqual([]);
    await nextTask();
    expect(received).toEqual([{ id: 1, doubled: 6 }]);
  });

  it('runs in the page the request a failed worker still owed, and every one after it', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const worker = new FakeWorker();
    const { client, received } = setUp(() => worker as unknown as Worker);
    client.send({ id: 1, n: 1 });
    worker.answer({ id: 1, doubled: 2 });
    client.send({ id: 2, n: 5 });
    worker.fail();
    expect(worker.terminated).toBe(true);
    await nextTask();
    client.send({ id: 3, n: 7 });
    await nextTask();
    expect(received).toEqual([
      { id: 1, doubled: 2 },
      { id: 2, doubled: 10 },
      { id: 3, doubled: 14 },
    ]);
    expect(worker.posted).toHaveLength(2);
    expect(warn).toHaveBeenCalledOnce();
    warn.mockRestore();
  });

  it('delivers nothing once disposed', async () => {
    const { client, received } = setUp(() => {
      throw new Error('no workers here');
    });
    client.send({ id: 1, n: 3 });
    client.dispose();
    await nextTask();
    expect(received).toEqual([]);
  });
});
