// A command's answer, platform-neutral. Every string in it is plain text: renderers escape it for their
// markup, so a claim statement or feed title can never inject a mention or a link.
export interface ReplySection {
  heading?: string;
  lines: string[];
}

export interface Reply {
  ok: boolean;
  /** Errors and confirmations are visible to the caller only. */
  ephemeral: boolean;
  title: string;
  sections: ReplySection[];
}

export function ok(title: string, sections: ReplySection[] = [], ephemeral = true): Reply {
  return { ok: true, ephemeral, title, sections };
}

export function fail(title: string, ...lines: string[]): Reply {
  return { ok: false, ephemeral: true, title, sections: lines.length ? [{ lines }] : [] };
}

/** Plain-text rendering, used by the console/CLI and as the notification text of richer messages. */
export function replyToText(reply: Reply): string {
  const parts = [reply.title];
  for (const s of reply.sections) {
    if (s.heading) parts.push(`${s.heading}:`);
    parts.push(...s.lines.map((l) => `  ${l}`));
  }
  return parts.join('\n');
}
