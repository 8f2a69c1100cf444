/** The kinds of error an element reports in an event detail. */
export type HearthErrorCode = 'network' | 'timeout' | 'http' | 'storage' | 'crypto' | 'config';

/** An error as it appears in a `hearth-*` event detail. Never holds client text. */
export interface HearthError {
  code: HearthErrorCode;
  message: string;
  status?: number;
}

/** One problem found in configuration or content, named by its path (`config.crisis.lines[0].phone`). */
export interface ConfigIssue {
  path: string;
  message: string;
}

/** Formats issues as the one line that names each field. */
export function describeIssues(issues: readonly ConfigIssue[]): string {
  return issues.map((issue) => `${issue.path}: ${issue.message}`).join('; ');
}
