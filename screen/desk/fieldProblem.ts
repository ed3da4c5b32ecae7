/**
 * A field's problem in the reader's words. The limits are checked by the
 * contract's schemas (common/events.ts), in the browser as one types and again
 * on the server, which both word them in English: this retells them. Pure.
 */
import type { DeskFormWords } from '../content/deskForms';

type Checks = DeskFormWords['checks'];

/** Each known message of the schemas, and how to say it; the first match wins. */
const RETOLD: ReadonlyArray<[RegExp, (checks: Checks, match: RegExpMatchArray) => string]> = [
  [/^must not be empty$/, (c) => c.empty],
  [/^must be at most (\d+) characters$/, (c, m) => c.tooLong(m[1]!)],
  [/control characters/, (c) => c.control],
  [/well-formed Unicode/, (c) => c.unicode],
  [/^unknown (town|category|land project|metric)/, (c) => c.unknownChoice],
  [/^must be a whole number$/, (c) => c.whole],
  [/^must be at least (\S+)$/, (c, m) => c.atLeast(m[1]!)],
  [/^must be at most (\S+)$/, (c, m) => c.atMost(m[1]!)],
  [/^must be greater than 0$/, (c) => c.positive],
  [/^must not be negative$/, (c) => c.negative],
  [/^must be between (\S+) and (\S+)/, (c, m) => c.between(m[1]!, m[2]!)],
  [/ISO 8601/, (c) => c.dateTime],
  [/^must not be before/, (c) => c.tooEarly],
  [/^must not be more than 24 hours/, (c) => c.tooLate],
  [/expected number/, (c) => c.notNumber],
  [/^Invalid input: expected string/, (c) => c.empty],
];

/** The words for one of the schemas' messages; one it does not know is shown as the server wrote it. */
export function fieldProblemText(message: string, checks: Checks): string {
  for (const [pattern, say] of RETOLD) {
    const match = message.match(pattern);
    if (match) return say(checks, match);
  }
  return checks.other(message);
}
