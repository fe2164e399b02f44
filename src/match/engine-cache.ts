// Match workers keep one engine in memory and rebuild it only when claims or actors changed (a version counter
// bumped by every write), so tracking a claim takes effect on the next item without a restart.
import { createEngine } from '../domain/match/index.js';
import type { Engine } from '../domain/match/engine.js';
import type { Actor, Source } from '../domain/model.js';
import type { Stores } from '../store/index.js';

/** The engine and the actors it was built from (alert composition names actors by id). */
export interface EngineSnapshot {
  engine: Engine;
  actorsById: ReadonlyMap<string, Actor>;
}

export class EngineCache {
  private snapshot: EngineSnapshot | undefined;
  private version = -1;

  constructor(private readonly stores: Stores, private readonly sources: readonly Source[]) {}

  /** Rebuilt when the version counter moved: actor writes bump it too, so the actors here are current. */
  async current(): Promise<EngineSnapshot> {
    const version = await this.stores.claims.version();
    if (!this.snapshot || version !== this.version) {
      const [claims, actors] = await Promise.all([this.stores.claims.all(), this.stores.actors.all()]);
      this.snapshot = { engine: createEngine({ claims, actors, sources: this.sources }), actorsById: new Map(actors.map((a) => [a.id, a])) };
      this.version = version;
    }
    return this.snapshot;
  }
}
