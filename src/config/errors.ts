// A configuration problem the operator must fix: one line per problem, naming the file (or env var) and the
// path inside it. The CLI prints `lines` and exits non-zero without a stack trace.
import type { z } from 'zod';

export class ConfigError extends Error {
  readonly code = 'config/invalid';
  constructor(readonly lines: string[]) {
    super(lines.join('\n'));
    this.name = 'ConfigError';
  }
}

/** `config/sources.yaml: sources[3].label: Invalid option: expected one of ...` */
export function describeZodIssues(where: string, error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const path = issue.path
      .map((part, i) => (typeof part === 'number' ? `[${part}]` : i === 0 ? String(part) : `.${String(part)}`))
      .join('');
    return `${where}: ${path || '(top level)'}: ${issue.message}`;
  });
}
