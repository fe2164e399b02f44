// app_home_opened -> views.publish of the workspace's tracked claims.
import type { App } from '@slack/bolt';
import { buildHomeView } from '../home-view.js';
import { tenantOf, type HandlerDeps } from './types.js';

export function registerAppHome(app: App, deps: HandlerDeps): void {
  app.event('app_home_opened', async ({ event, body, client }) => {
    if (event.tab !== 'home') return;
    const view = await buildHomeView(tenantOf(body.team_id), deps.commands);
    await client.views.publish({ user_id: event.user, view });
  });
}
