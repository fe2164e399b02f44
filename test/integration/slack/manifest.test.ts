// slack/manifest.yml must describe the app the code implements: the slash command, the events and
// interactivity it listens to on one endpoint, and only the scopes it uses.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { SLASH_COMMAND } from '../../../src/chat/slack/handlers/slash-command.js';

interface Manifest {
  features: { slash_commands: Array<{ command: string; url: string; should_escape: boolean }>; app_home: { home_tab_enabled: boolean } };
  oauth_config: { scopes: { bot: string[] } };
  settings: { event_subscriptions: { request_url: string; bot_events: string[] }; interactivity: { is_enabled: boolean; request_url: string }; socket_mode_enabled: boolean };
}

describe('slack/manifest.yml', () => {
  const manifest = parse(readFileSync(new URL('../../../slack/manifest.yml', import.meta.url), 'utf8')) as Manifest;

  it('declares /claimwatch with escaping (the parser expects <#C…|name> mentions) on the Bolt endpoint', () => {
    const [command] = manifest.features.slash_commands;
    expect(command).toMatchObject({ command: SLASH_COMMAND, should_escape: true });
    for (const url of [command?.url, manifest.settings.event_subscriptions.request_url, manifest.settings.interactivity.request_url]) expect(url).toMatch(/^https:\/\/.+\/slack\/events$/);
  });

  it('subscribes to app_home_opened with the Home tab on, interactivity on, HTTP mode by default', () => {
    expect(manifest.settings.event_subscriptions.bot_events).toEqual(['app_home_opened']);
    expect(manifest.features.app_home.home_tab_enabled).toBe(true);
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
    expect(manifest.settings.socket_mode_enabled).toBe(false);
  });

  it('asks for exactly the scopes the adapter uses', () => {
    expect([...manifest.oauth_config.scopes.bot].sort()).toEqual(['chat:write', 'chat:write.public', 'commands', 'users:read']);
  });
});
