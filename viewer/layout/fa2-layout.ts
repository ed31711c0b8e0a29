/**
 * ForceAtlas2, two ways: a synchronous run that settles small graphs before the first paint, and
 * graphology's web-worker supervisor, started and stopped by the user, for everything after.
 * Iterations are counted from the supervisor's position updates (one per iteration), so the page
 * and the benchmark can report iterations per second.
 */
import forceAtlas2Module from 'graphology-layout-forceatlas2';
import type { ForceAtlas2Settings } from 'graphology-layout-forceatlas2';
import supervisorModule from 'graphology-layout-forceatlas2/worker.js';
import type { DisplayGraph } from '../graph/display-graph.ts';

/**
 * Both modules are CommonJS (`module.exports = fn`) typed as ES modules with a default export: the
 * bundler hands over the function itself, while TypeScript (nodenext) expects it one level down.
 */
function commonJsDefault<T>(module: { default: T }): T {
  return typeof module === 'function' ? (module as unknown as T) : module.default;
}
const forceAtlas2 = commonJsDefault(forceAtlas2Module);
const FA2LayoutSupervisor = commonJsDefault(supervisorModule);
type FA2LayoutSupervisor = InstanceType<typeof FA2LayoutSupervisor>;

export function layoutSettings(order: number): ForceAtlas2Settings {
  return {
    ...forceAtlas2.inferSettings(order),
    // Barnes-Hut pays off well before inferSettings' 2,000 nodes.
    barnesHutOptimize: order > 500,
    // LinLog spreads the hubs of a news graph (summits, Ukraine, Macron) apart, so their neighbours'
    // labels have room; half gravity keeps the isolated nodes from squeezing the rest into the centre.
    linLogMode: true,
    gravity: 0.5,
  };
}

/** Runs `iterations` synchronously and writes the positions into the graph. */
export function settleLayout(graph: DisplayGraph, iterations: number): void {
  if (iterations <= 0 || graph.order === 0) return;
  forceAtlas2.assign(graph, { iterations, settings: layoutSettings(graph.order), getEdgeWeight: null });
}

export type LayoutListener = (running: boolean) => void;

export class WorkerLayout {
  private supervisor: FA2LayoutSupervisor | null = null;
  private autoStop: ReturnType<typeof setTimeout> | undefined;
  private readonly listeners = new Set<LayoutListener>();
  private countedIterations = 0;
  private runStartedAt = 0;
  private runStartIterations = 0;
  private readonly countIteration = (): void => {
    if (this.supervisor?.isRunning()) this.countedIterations++;
  };

  constructor(private readonly graph: DisplayGraph) {
    // assignLayoutChanges calls updateEachNodeAttributes once per iteration received from the worker.
    graph.on('eachNodeAttributesUpdated', this.countIteration);
  }

  get running(): boolean {
    return this.supervisor?.isRunning() ?? false;
  }

  /** Iterations done by the worker since the page opened. */
  get iterations(): number {
    return this.countedIterations;
  }

  /** Iterations per second of the current (or last) run. */
  get iterationsPerSecond(): number {
    const elapsed = (performance.now() - this.runStartedAt) / 1000;
    return elapsed > 0 ? (this.countedIterations - this.runStartIterations) / elapsed : 0;
  }

  start(autoStopMs?: number): void {
    if (this.running || this.graph.order === 0) return;
    this.supervisor ??= new FA2LayoutSupervisor(this.graph, {
      settings: layoutSettings(this.graph.order),
      getEdgeWeight: null,
    });
    this.runStartedAt = performance.now();
    this.runStartIterations = this.countedIterations;
    this.supervisor.start();
    clearTimeout(this.autoStop);
    if (autoStopMs) this.autoStop = setTimeout(() => this.stop(), autoStopMs);
    this.emit();
  }

  stop(): void {
    clearTimeout(this.autoStop);
    if (!this.running) return;
    this.supervisor?.stop();
    this.emit();
  }

  toggle(): void {
    if (this.running) this.stop();
    else this.start();
  }

  onChange(listener: LayoutListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  kill(): void {
    clearTimeout(this.autoStop);
    this.graph.removeListener('eachNodeAttributesUpdated', this.countIteration);
    this.supervisor?.kill();
    this.supervisor = null;
  }

  private emit(): void {
    for (const listener of this.listeners) listener(this.running);
  }
}
