// A two-outlet registry for tests that must not depend on config/*.yaml.
import type { Registry } from '../../src/config/files.js';

export const TEST_REGISTRY: Registry = {
  sources: [
    {
      id: 'testwire', name: 'Test Wire', aliases: ['TW'], domains: ['example.org'], country: 'XX', languages: ['en'],
      label: 'wire service', basis: 'A made-up wire service for tests', citations: ['https://example.org/about'], confidence: 'high', feeds: [],
    },
    {
      id: 'statenews', name: 'State News Agency', aliases: ['SNA'], domains: ['state.example'], country: 'XX', languages: ['en'],
      label: 'state-owned', labelNote: 'official agency', basis: 'Owned by the ministry in this made-up country', citations: ['https://example.org/sna'], confidence: 'high', feeds: [],
    },
  ],
  actors: [{ id: 'hajizadeh', name: 'Amir Ali Hajizadeh', kind: 'person', aliases: [] }],
};
