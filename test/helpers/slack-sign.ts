// Requests to the Slack receiver signed the way Slack signs them: v0=HMAC-SHA256(secret, "v0:<ts>:<exact body>").
import { createHmac } from 'node:crypto';

export function signatureHeaders(secret: string, rawBody: string, timestamp = Math.floor(Date.now() / 1000)): Record<string, string> {
  const signature = createHmac('sha256', secret).update(`v0:${timestamp}:${rawBody}`).digest('hex');
  return { 'x-slack-request-timestamp': String(timestamp), 'x-slack-signature': `v0=${signature}` };
}

export type SlackBody = { form: Record<string, string> } | { json: unknown } | { payload: unknown };

/** Encodes like Slack: slash commands as a form, interactivity as payload=<json>, events as JSON. */
export function encodeBody(body: SlackBody): { raw: string; contentType: string } {
  if ('json' in body) return { raw: JSON.stringify(body.json), contentType: 'application/json' };
  const form = 'form' in body ? body.form : { payload: JSON.stringify(body.payload) };
  return { raw: new URLSearchParams(form).toString(), contentType: 'application/x-www-form-urlencoded' };
}

export async function postSigned(url: string, secret: string, body: SlackBody, timestamp?: number): Promise<Response> {
  const { raw, contentType } = encodeBody(body);
  return fetch(url, { method: 'POST', body: raw, headers: { 'content-type': contentType, ...signatureHeaders(secret, raw, timestamp) } });
}

export function slashCommand(fields: { text: string; team_id: string; channel_id: string; user_id: string; response_url: string }): { form: Record<string, string> } {
  return { form: { token: 'unused', command: '/claimwatch', team_domain: 'fake', channel_name: 'alerts', user_name: 'tester', api_app_id: 'A0FAKE', trigger_id: '1.2.3', ...fields } };
}
