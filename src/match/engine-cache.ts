// Match workers keep one engine in memory and rebuild it only when claims or actors changed (a version counter
// bumped by every write), so tracking a claim takes effect on the next item without a restart.
import { createEngine } from '../domain/match/index.js';
import type { Engine } from '../domain/match/engine.js';
import type { Source } from '../domain/model.js';
import type { Stores } from '../store/index.js';

export class EngineCache {
  private engine: Engine | undefined;
  private version = -1;

  constructor(private readonly stores: Stores, private readonly sources: readonly Source[]) {}

  async current(): Promise<Engine> {
    const version = await this.stores.claims.version();
    if (!this.engine || version !== this.version) {
      const [claims, actors] = await Promise.all([this.stores.claims.all(), this.stores.actors.all()]);
      this.engine = createEngine({ claims, actors, sources: this.sources });
      this.version = version;
    }
    return this.engine;
  }
}
